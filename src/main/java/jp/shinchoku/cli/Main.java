package jp.shinchoku.cli;

/** The entry point of the jar: {@code java -jar shinchoku.jar [COMMAND] [OPTIONS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ShinchokuCommand.execute(args));
    }
}
