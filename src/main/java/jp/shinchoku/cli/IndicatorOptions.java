package jp.shinchoku.cli;

import java.util.function.BiConsumer;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Decisions;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.indicator.EvaluationService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Which indicator a decision is about, who makes it and why; and running the decision. */
class IndicatorOptions {

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "the plan's id")
    long planId;

    @Option(names = "--initiative", required = true, paramLabel = "CODE",
            description = "the initiative's code (e.g. 01-13), or its title where it has no code")
    String initiative;

    @Option(names = "--indicator", required = true, paramLabel = "LABEL",
            description = "the indicator's label (e.g. 成果目標①) or name")
    String indicator;

    @Option(names = "--reason", required = true, description = "why (kept with the decision)")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "who decides (default: the login name)")
    String by;

    String by() {
        return by != null ? by : System.getProperty("user.name", "unknown");
    }

    Actor actor() {
        return Actor.system(by());
    }

    /**
     * Records the decision through the same {@link Decisions} the staff screens use (so it is audited),
     * as a system actor named by --by. An unknown plan, initiative or indicator is one line on
     * stderr and exit 1; a decision its rules refuse, exit 2.
     */
    int decide(DatabaseOptions database, CommandSpec spec, BiConsumer<Decisions, Long> decision, String done) {
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            Decisions decisions = context.getBean(Decisions.class);
            decision.accept(decisions, decisions.initiativeId(planId, initiative));
        } catch (EvaluationService.NotFound e) {
            spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
            return 1;
        } catch (Invalid e) {
            spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
            return e.problems().stream().anyMatch(p -> p.code().equals("invalid.noSuchIndicator")) ? 1
                    : ShinchokuCommand.BAD_INPUT;
        }
        spec.commandLine().getOut().println(done);
        return 0;
    }
}
