package jp.shinchoku.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.DemoData;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.rollup.Prefectures;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * For benchmarks: many governments, each holding the five demo plans under a name of its own
 * (北海道デモ市001, 青森県デモ市002, …), every plan published as a real publication would be.
 */
@Command(name = "demo", hidden = true, mixinStandardHelpOptions = true,
        description = "Imports the demo plans under N made-up governments and publishes them (for benchmarks).")
class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--governments", paramLabel = "N", defaultValue = "200", description = "how many governments (default 200)")
    int governments;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            List<PlanDocument> seeds = context.getBean(DemoData.class).documents();
            ImportService imports = context.getBean(ImportService.class);
            SnapshotService snapshots = context.getBean(SnapshotService.class);
            Actor demo = Actor.system("demo");
            // the seeds under their own names first, as a first start would load them
            publish(snapshots, demo, seeds, context.getBean(DemoData.class).loadIfEmpty());
            for (int n = 1; n <= governments; n++) {
                String name = String.format("%sデモ市%03d", Prefectures.ALL.get((n - 1) % Prefectures.ALL.size()), n);
                List<PlanDocument> renamed = seeds.stream().map(d -> d.withOrganization(name)).toList();
                publish(snapshots, demo, renamed, imports.store(renamed, "demo"));
                if (n % 20 == 0 || n == governments) {
                    out.printf("%d governments, %d plans published%n", n, n * seeds.size());
                    out.flush();
                }
            }
        }
        return 0;
    }

    /** Publishes each saved plan as of the date its document states, or today. */
    private static void publish(SnapshotService snapshots, Actor demo, List<PlanDocument> documents,
            List<SavedPlan> saved) {
        for (int i = 0; i < saved.size(); i++) {
            LocalDate asOf = documents.get(i).asOf();
            snapshots.publish(demo, saved.get(i).planId(), asOf == null ? LocalDate.now() : asOf,
                    "取り込み時点 (as imported)", null);
        }
    }
}
