package jp.shinchoku.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import jp.shinchoku.cli.CommandRun;

/**
 * A group of the command line ({@code user}, {@code token} …) run in the test JVM against the
 * test's database, as a person runs it: {@code shinchoku NAME ARGS --db-url URL}.
 */
public record Subcommand(String name, String dbUrl) {

    public static Subcommand of(String name, HikariDataSource dataSource) {
        return new Subcommand(name, dataSource.getJdbcUrl());
    }

    public CommandRun run(String... args) {
        return CommandRun.of(Stream.concat(Stream.concat(Stream.of(name), Stream.of(args)), Stream.of("--db-url", dbUrl))
                .toArray(String[]::new));
    }

    /** Runs it with {@code stdin} as what is typed in (a password for --password-stdin). */
    public CommandRun withInput(String stdin, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(in);
        }
    }
}
