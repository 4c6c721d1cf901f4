package jp.shinchoku.cli;

/** The entry point of the jar: {@code java -jar shinchoku.jar [COMMAND] [OPTIONS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // a Japanese government's day: deadlines, "today" and the times on the staff pages are in its zone
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(
                System.getenv().getOrDefault("SHINCHOKU_TIME_ZONE", "Asia/Tokyo")));
        System.exit(ShinchokuCommand.execute(args));
    }
}
