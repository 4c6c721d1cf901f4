package jp.shinchoku.cli;

import picocli.CommandLine.Option;

/** Which indicator a decision is about, and who makes it. */
class IndicatorOptions {

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "the plan's id")
    long planId;

    @Option(names = "--initiative", required = true, paramLabel = "CODE",
            description = "the initiative's code (e.g. 01-13), or its title where it has no code")
    String initiative;

    @Option(names = "--indicator", required = true, paramLabel = "LABEL",
            description = "the indicator's label (e.g. 成果目標①) or name")
    String indicator;

    @Option(names = "--by", paramLabel = "NAME", description = "who decides (default: the login name)")
    String by;

    String by() {
        return by != null ? by : System.getProperty("user.name", "unknown");
    }
}
