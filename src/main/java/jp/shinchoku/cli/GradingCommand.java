package jp.shinchoku.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Decisions;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.GradeScale;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grading", mixinStandardHelpOptions = true,
        description = {"Shows, or with options sets, an organisation's grade thresholds (percent) and how an",
                "initiative's grade comes from its indicators. Default: A ≥ 100, B ≥ 80, C ≥ 50, worst."})
class GradingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", required = true, paramLabel = "NAME", description = "the organisation")
    String organization;

    @Option(names = "--a", paramLabel = "PERCENT", description = "lowest rate for A 達成")
    BigDecimal a;

    @Option(names = "--b", paramLabel = "PERCENT", description = "lowest rate for B 概ね達成")
    BigDecimal b;

    @Option(names = "--c", paramLabel = "PERCENT", description = "lowest rate for C 一部達成")
    BigDecimal c;

    @Option(names = "--roll-up", paramLabel = "HOW", description = "worst or average")
    String rollUp;

    @Option(names = "--by", paramLabel = "NAME", description = "who sets it (default: the login name)")
    String by;

    /**
     * Sets through the same {@link Decisions} command the staff screen uses, as a system actor named
     * by --by, so the change is in the audit log with the scale before and after.
     */
    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            Decisions decisions = context.getBean(Decisions.class);
            GradeScale current = context.getBean(EvaluationService.class).scale(organization);
            if (a != null || b != null || c != null || rollUp != null) {
                GradeScale next;
                try {
                    next = new GradeScale(a != null ? a : current.a(), b != null ? b : current.b(),
                            c != null ? c : current.c(), rollUp != null ? GradeScale.RollUp.of(rollUp) : current.rollUp());
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
                    return ShinchokuCommand.BAD_INPUT;
                }
                try {
                    decisions.setGrading(Actor.system(by != null ? by : System.getProperty("user.name", "unknown")),
                            new Decisions.SetGrading(decisions.organizationId(organization), next.a(), next.b(), next.c(),
                                    next.rollUp().name()));
                } catch (EvaluationService.NotFound e) {
                    spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
                    return 1;
                }
                current = next;
            }
            spec.commandLine().getOut().printf("%s: A ≥ %s%%, B ≥ %s%%, C ≥ %s%%, D below; initiatives take the %s%n",
                    organization, current.a().toPlainString(), current.b().toPlainString(), current.c().toPlainString(),
                    current.rollUp() == GradeScale.RollUp.WORST ? "worst indicator grade" : "grade of the average rate");
        }
        return 0;
    }
}
