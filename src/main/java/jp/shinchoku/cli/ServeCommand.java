package jp.shinchoku.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web server (http://localhost:8080 by default).",
                "On an empty database it first loads the five seed plans as demo data.",
                "With no account yet, it creates the system administrator 'admin' and prints its one-time password once."})
class ServeCommand implements Runnable {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--port", description = "HTTP port (default: 8080, or SHINCHOKU_PORT)")
    Integer port;

    @Option(names = "--no-demo", description = "do not load the demo plans into an empty database")
    boolean noDemo;

    @Override
    public void run() {
        Map<String, Object> properties = new HashMap<>();
        if (port != null) {
            properties.put("server.port", port);
        }
        properties.put("shinchoku.demo.load-on-start", !noDemo);
        properties.put("shinchoku.accounts.first-admin-on-start", true);
        ConfigurableApplicationContext context = Application.web(database, properties);
        awaitClose(context);
    }

    /** Keeps the command running while the server runs; Ctrl-C closes the context and ends it. */
    private static void awaitClose(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
