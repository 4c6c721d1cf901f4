package jp.shinchoku.cli;

import java.util.HashMap;
import java.util.Map;
import jp.shinchoku.ShinchokuApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a command: the web server, or only the database for a batch job. */
final class Application {

    private Application() {
    }

    /** A context without the web server and with quiet logs, for commands that print results. */
    static ConfigurableApplicationContext batch(DatabaseOptions database) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("logging.level.root", "ERROR");
        properties.put("logging.level.jp.shinchoku", "WARN");
        // a failed start is reported once, in words, by the command; not as Spring's stack trace
        properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        return new SpringApplicationBuilder(ShinchokuApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(arguments(properties));
    }

    static ConfigurableApplicationContext web(DatabaseOptions database, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.putAll(extra);
        return new SpringApplicationBuilder(ShinchokuApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(arguments(properties));
    }

    /** Given as command-line arguments, the options outrank application.properties and the environment. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
