package jp.shinchoku.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, as a person at a desk would use the site. Tests
 * that need it run whenever Chromium is installed ({@link #available()}); CI installs it.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("docs/screenshots");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    public Browser(String base) {
        this(base, 1280, 900);
    }

    public Browser(String base, int width, int height) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("shinchoku-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=ja", "--user-data-dir=" + profile);
        // every request the page makes is logged, so a test can prove none left the server
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser logIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement button = driver.findElement(By.cssSelector("main form button[type=submit]"));
        button.click();
        awaitNewPage(button);
        return this;
    }

    public Browser logOut() {
        driver.findElement(By.cssSelector("form.logout button")).click();
        return this;
    }

    public Browser click(String linkText) {
        WebElement link = driver.findElement(By.linkText(linkText));
        link.click();
        awaitNewPage(link);
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** The input whose accessible name is {@code label}, emptied and filled with {@code text}. */
    public Browser fill(String label, String text) {
        WebElement input = driver.findElement(By.cssSelector("[aria-label='" + label + "']"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Sets a field the way a date picker would, whatever the browser's locale. */
    public Browser set(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
        return this;
    }

    /** Presses a button and waits for the page it leads to, as a person waits before reading on. */
    public Browser press(String buttonText) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']"));
        button.click();
        awaitNewPage(button);
        return this;
    }

    private void awaitNewPage(WebElement old) {
        // Chromium reports a node of the page just left either as stale or as "not in the document"
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Saves the whole page as docs/screenshots/NAME.png. */
    public Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight");
            Dimension size = driver.manage().window().getSize();
            // the window is taller than the page it shows by its own frame: without it the page's foot is cut off
            long frame = size.height - (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return window.innerHeight");
            driver.manage().window().setSize(new Dimension(size.width,
                    (int) Math.min(Math.max(height + frame, 600), 4000)));
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The address of every request the browser sent since the last call (from Chromium's network log). */
    public java.util.List<String> requestedUrls() {
        java.util.List<String> urls = new java.util.ArrayList<>();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE)) {
            tools.jackson.databind.JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asString());
            }
        }
        return urls;
    }

    /** Waits until an element matching {@code css} is on the page, as charts drawn by a script are. */
    public Browser await(String css) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temp folder does no harm
        }
    }
}
