package jp.shinchoku.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Rates every KPI-year that has a target and an actual, and prints a table:",
                "initiative, indicator, year, target, actual, rate, grade (and why) and the trend from the previous year.",
                "A projected actual is marked 見込; a grade the rules propose for a person to confirm is shown as 提案.",
                "Evaluates a stored plan (--plan), or documents read straight from files without storing them."})
class EvaluateCommand implements Callable<Integer> {

    enum Format { table, markdown }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static class Source {
        @Option(names = "--plan", paramLabel = "ID", description = "a stored plan (see 'shinchoku plans')")
        Long planId;

        @Parameters(paramLabel = "FILE", description = "documents to read and evaluate with the default grading")
        List<Path> files;
    }

    @Option(names = "--org", paramLabel = "NAME", description = "with FILE: the organisation, where a document does not name it")
    String organization;

    @Option(names = "--format", defaultValue = "table", description = "table (tab-separated) or markdown (default: table)")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Evaluated> plans = new ArrayList<>();
        if (source.planId != null) {
            try (ConfigurableApplicationContext context = Application.batch(database)) {
                EvaluationService service = context.getBean(EvaluationService.class);
                PlanDocument plan = service.evaluatedPlan(source.planId).orElse(null);
                if (plan == null) {
                    spec.commandLine().getErr().println("shinchoku: there is no plan " + source.planId + " (see 'shinchoku plans')");
                    return 1;
                }
                plans.add(new Evaluated(plan, service.scale(plan.organization())));
            }
        } else {
            PlanReader reader = PlanReader.withAllLayouts();
            for (Path file : source.files) {
                try {
                    PlanDocument plan = reader.preview(file, new ImportOptions(organization, null));
                    plans.add(new Evaluated(Evaluator.evaluate(plan, EvaluationInputs.DEFAULT), GradeScale.DEFAULT));
                } catch (ImportException e) {
                    e.problems().forEach(spec.commandLine().getErr()::println);
                    return ShinchokuCommand.BAD_INPUT;
                }
            }
        }
        for (Evaluated e : plans) {
            print(e, out);
        }
        out.flush();
        return 0;
    }

    private record Evaluated(PlanDocument plan, GradeScale scale) {
    }

    private void print(Evaluated e, PrintWriter out) {
        PlanDocument plan = e.plan();
        boolean md = format == Format.markdown;
        List<List<String>> rows = rows(plan);
        if (md) {
            out.println("### " + (plan.organization() == null ? "" : plan.organization() + " ") + plan.title());
            out.println();
            if (rows.isEmpty()) {
                out.println("評価する年度なし（目標と実績のそろった年度がない）");
            } else {
                out.println("| 取組 | 指標 | 方向 | 年度 | 目標 | 実績 | 達成率 | 評価 | 根拠 | 推移 |");
                out.println("|---|---|---|---|---|---|---|---|---|---|");
                rows.forEach(r -> out.println("| " + String.join(" | ", r.stream().map(EvaluateCommand::cell).toList()) + " |"));
            }
        } else {
            out.println("# " + (plan.organization() == null ? "" : plan.organization() + " / ") + plan.title());
            out.println("INITIATIVE\tINDICATOR\tDIRECTION\tYEAR\tTARGET\tACTUAL\tRATE\tGRADE\tBASIS\tTREND");
            rows.forEach(r -> out.println(String.join("\t", r)));
        }
        String prefix = md ? "" : "# ";
        out.println();
        RollUp.ofLatestYear(plan, e.scale()).ifPresent(rollUp -> {
            out.println(prefix + FiscalYear.of(rollUp.fiscalYear()).label() + " の取組評価（" + (e.scale().rollUp() == GradeScale.RollUp.WORST
                    ? "指標の最低評価" : "指標の達成率の平均") + "）: " + counts(rollUp.counts()) + (md ? "  " : ""));
            if (rollUp.counts().outstanding().total() > 0) {
                out.println(prefix + "評価に含めていない指標: " + rollUp.counts().outstanding().words() + (md ? "  " : ""));
            }
        });
        long offTrack = plan.allInitiatives().stream().flatMap(i -> i.indicators().stream())
                .filter(k -> Boolean.TRUE.equals(k.offTrack())).count();
        out.println(prefix + "遅れている指標（off track）: " + offTrack);
        out.println();
    }

    private static List<List<String>> rows(PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        for (Initiative i : plan.allInitiatives()) {
            for (Indicator k : i.indicators()) {
                for (IndicatorValue v : k.values()) {
                    Evaluation ev = v.evaluation();
                    if (ev != null) {
                        rows.add(List.of(i.key(), k.label() + " " + k.nameFor(v.fiscalYear()), k.direction(),
                                FiscalYear.of(v.fiscalYear()).label(), text(v.target()), text(v.actual()),
                                ev.rate() == null ? "—" : ev.rate().toPlainString() + "%", grade(ev), basis(ev), trend(ev)));
                    }
                }
            }
        }
        return rows;
    }

    private static String counts(RollUp.Counts c) {
        StringBuilder b = new StringBuilder();
        for (Grade g : Grade.values()) {
            b.append(g.name()).append(" ").append(g.label()).append(" ").append(c.byGrade().get(g)).append("、");
        }
        return b.append("— ").append(c.ungraded()).toString();
    }

    /** "A 達成", "A 達成 見込", "— (pending)", "— (pending) 提案 D 未達成". */
    private static String grade(Evaluation ev) {
        String grade = ev.grade() == null ? "— (" + ev.status() + ")" : ev.grade() + " " + ev.label();
        if (ev.projected()) {
            grade += " 見込";
        }
        if (ev.proposal() != null) {
            grade += " 提案 " + ev.proposal().grade() + " " + ev.proposal().label();
        }
        return grade;
    }

    private static String basis(Evaluation ev) {
        String basis = ev.basis();
        if (!ev.series().isEmpty()) {
            List<String> parts = ev.series().stream().map(s -> s.label() + ": "
                    + (s.rate() == null ? "—" : s.rate().toPlainString() + "%") + " " + (s.grade() == null ? "—" : s.grade())).toList();
            basis += "（" + String.join("、", parts) + "）";
        }
        return ev.proposal() == null ? basis : basis + " 提案の理由: " + ev.proposal().reason();
    }

    /** "悪化（令和5年度 → 令和6年度: 11.7% → 13.8%）", with the warning after it; empty without a previous actual. */
    private static String trend(Evaluation ev) {
        if (ev.trend() == null) {
            return "";
        }
        return ev.trend().label() + "（" + ev.trend().basis() + "）" + (ev.trend().warning() == null ? "" : " ⚠ " + ev.trend().warning());
    }

    private static String text(Measure m) {
        return m == null ? "" : m.text();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
