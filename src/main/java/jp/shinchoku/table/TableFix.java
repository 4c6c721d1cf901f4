package jp.shinchoku.table;

import org.springframework.context.MessageSourceResolvable;

/**
 * How a person puts a problem right, which depends on where they are: on the staff screen they use
 * the mapping form (the words are in messages*.properties under {@link #code()}), on the command
 * line a mapping file given with --mapping ({@link #commandLine()}, English like the rest of it).
 */
public enum TableFix implements MessageSourceResolvable {

    GIVE_HEADER("table.fix.giveHeader", "give the header line and the columns with --mapping"),
    SAY_YEAR_AND_KIND("table.fix.sayYearAndKind", "say with --mapping which fiscal year and kind (目標 / 実績) it holds"),
    SAY_WHAT_IT_HOLDS("table.fix.sayWhatItHolds", "say what it holds with --mapping"),
    GIVE_PERIOD_END("table.fix.givePeriodEnd", "give \"periodEnd\" in a mapping"),
    SAY_YEAR("table.fix.sayYear", "say its year with --mapping");

    private final String code;
    private final String commandLine;

    TableFix(String code, String commandLine) {
        this.code = code;
        this.commandLine = commandLine;
    }

    /** The key in messages*.properties of what the screen says. */
    public String code() {
        return code;
    }

    /** What the command line says. */
    public String commandLine() {
        return commandLine;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }
}
