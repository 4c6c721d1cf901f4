package jp.shinchoku.cli;

import jp.shinchoku.editing.Decisions;
import java.util.concurrent.Callable;
import jp.shinchoku.indicator.Direction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "direction", mixinStandardHelpOptions = true,
        description = {"Sets which way an indicator should move when Shinchoku's inference is wrong,",
                "with the reason; the change is kept with who made it. --clear returns to the inferred direction."})
class DirectionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    IndicatorOptions indicator = new IndicatorOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    /** Exactly one of the two; picocli refuses neither or both as a usage error (exit 2). */
    static class Choice {
        @Option(names = "--set", paramLabel = "DIRECTION", description = "increase, decrease, maintain or qualitative")
        String direction;

        @Option(names = "--clear", description = "withdraw a direction set earlier")
        boolean clear;
    }

    @Override
    public Integer call() {
        Direction d;
        try {
            d = choice.clear ? null : Direction.of(choice.direction);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
            return ShinchokuCommand.BAD_INPUT;
        }
        return indicator.decide(database, spec, (decisions, id) -> decisions.setDirection(indicator.actor(),
                new Decisions.SetDirection(id, indicator.indicator, d == null ? null : d.code(), indicator.reason)),
                (d == null ? "Cleared the direction of " : "Set the direction of ") + indicator.initiative + " "
                        + indicator.indicator + (d == null ? "" : " to " + d.code()));
    }
}
