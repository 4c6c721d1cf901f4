package jp.shinchoku.cli;

import java.util.concurrent.Callable;
import jp.shinchoku.editing.Decisions;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.Grade;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "judge", mixinStandardHelpOptions = true,
        description = {"Records a person's grade for one fiscal year of an indicator whose target is in words",
                "(or cannot be compared), with the reason. --clear withdraws it. Every judgement is kept.",
                "A grade that 'evaluate' shows as proposed (提案) counts only once a person records it here."})
class JudgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    IndicatorOptions indicator = new IndicatorOptions();

    @Option(names = "--year", required = true, paramLabel = "FY", description = "the fiscal year: 2024, R6 or 令和6年度")
    String year;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    /** Exactly one of the two; picocli refuses neither or both as a usage error (exit 2). */
    static class Choice {
        @Option(names = "--grade", paramLabel = "GRADE", description = "A 達成, B 概ね達成, C 一部達成 or D 未達成")
        Grade grade;

        @Option(names = "--clear", description = "withdraw an earlier judgement")
        boolean clear;
    }

    @Override
    public Integer call() {
        Grade grade = choice.grade;
        int fiscalYear;
        try {
            fiscalYear = year.matches("\\d{4}") ? Integer.parseInt(year) : FiscalYear.parse(year).year();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("shinchoku: --year: " + e.getMessage());
            return ShinchokuCommand.BAD_INPUT;
        }
        return indicator.decide(database, spec, (decisions, id) -> decisions.judge(indicator.actor(),
                new Decisions.Judge(id, indicator.indicator, fiscalYear, grade == null ? null : grade.name(),
                        indicator.reason)),
                (grade == null ? "Withdrew the judgement of " : "Judged ") + indicator.initiative + " "
                        + indicator.indicator + " " + FiscalYear.of(fiscalYear).label()
                        + (grade == null ? "" : ": " + grade.name() + " " + grade.label()));
    }
}
