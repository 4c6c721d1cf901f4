package jp.shinchoku;

import jp.shinchoku.cli.ShinchokuCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Shinchoku (進捗): the application, started by the command line in {@link ShinchokuCommand}. */
@SpringBootApplication
public class ShinchokuApplication {

    public static void main(String[] args) {
        System.exit(ShinchokuCommand.execute(args));
    }
}
