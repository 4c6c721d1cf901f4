package jp.shinchoku.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plans", mixinStandardHelpOptions = true, description = "Lists the stored plans with their ids.")
class PlansCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        List<PlanSummary> plans;
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            plans = context.getBean(PlanStore.class).list();
        }
        var out = spec.commandLine().getOut();
        if (plans.isEmpty()) {
            out.println("No plans yet: import one with 'shinchoku import FILE'.");
        }
        out.println("ID\tORGANIZATION\tTITLE\tFISCAL YEARS\tAS OF\tINITIATIVES\tINDICATORS\tREVISION");
        for (PlanSummary p : plans) {
            out.printf("%d\t%s\t%s\t%s\t%s\t%d\t%d\t%d%n", p.id(), p.organization(), p.title(), years(p.fiscalYears()),
                    p.asOf() == null ? "-" : p.asOf(), p.initiatives(), p.indicators(), p.revision());
        }
        out.flush();
        return 0;
    }

    private static String years(List<Integer> years) {
        return years.isEmpty() ? "-" : FiscalYear.range(years);
    }
}
