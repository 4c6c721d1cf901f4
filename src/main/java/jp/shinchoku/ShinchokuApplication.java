package jp.shinchoku;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Shinchoku (進捗): the application context. It is started by the command line
 * ({@code jp.shinchoku.cli.Main}), which decides whether it serves pages or runs one job.
 */
@SpringBootApplication
public class ShinchokuApplication {
}
