package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;

/**
 * Reads Chiba City's yearly 行政改革の推進について: an overview table of 基本方針 and 改善・改革の手法
 * (①…⑦), then one table of 取組項目 | 概要 | 所管課 per 手法. The overview lists every 手法, which
 * tells a complete document from a cut one.
 */
final class ChibaCityReformImporter implements PlanImporter {

    private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])\\s*(.+)$");
    private static final Pattern YEAR_HEADING = Pattern.compile("^(令和\\S+?年度)の.+取組");
    /** "R4：本体工事、外構工事" inside a 概要: what happens in which fiscal year. */
    private static final Pattern YEAR_STEP = Pattern.compile("(R\\d{1,2})[：:]\\s*(.+?)(?=\\s+R\\d{1,2}[：:]|$)");

    @Override
    public String layout() {
        return "chiba-city-reform";
    }

    @Override
    public String description() {
        return "千葉市 行政改革の推進について (改善・改革の手法 → 取組項目)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return source.rows().stream().anyMatch(r -> r.cell(0).equals("取組項目") && r.cell(1).equals("概要")
                && r.cell(2).equals("所管課"));
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> methodsListed = new LinkedHashMap<>();
        List<String> policies = new ArrayList<>();
        List<String> preface = new ArrayList<>();
        List<MethodSection> methods = new ArrayList<>();
        MethodSection current = null;
        String title = null;
        Integer fiscalYear = null;
        boolean inOverview = false;
        boolean inTable = false;

        for (Row row : source.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String first = CellText.inline(row.cell(0).replaceFirst("^#+\\s*", ""));
            boolean heading = row.cell(0).startsWith("#") || row.filled().size() == 1;
            if (title == null && row.cell(0).startsWith("# ")) {
                title = first;
            } else if (row.cell(0).equals("基本方針") && row.cell(1).equals("改善・改革の手法")) {
                inOverview = true;
            } else if (inOverview && row.cells().size() >= 2 && !row.cell(0).startsWith("#")) {
                if (!row.cell(0).isEmpty()) {
                    policies.add(CellText.inline(row.cell(0)));
                }
                Matcher m = CIRCLED.matcher(CellText.inline(row.cell(1)));
                if (m.matches()) {
                    methodsListed.put(m.group(1), row.number());
                }
            } else if (heading && YEAR_HEADING.matcher(first).find()) {
                inOverview = false;
                Matcher m = YEAR_HEADING.matcher(first);
                m.find();
                fiscalYear = FiscalYear.find(m.group(1)).map(FiscalYear::year).orElse(null);
            } else if (heading && CIRCLED.matcher(first).matches() && methodsListed.containsKey(first.substring(0, 1))) {
                inOverview = false;
                inTable = false;
                Matcher m = CIRCLED.matcher(first);
                m.matches();
                current = new MethodSection(m.group(1), m.group(2), row.number());
                methods.add(current);
            } else if (row.cell(0).equals("取組項目")) {
                inTable = true;
            } else if (inTable && current != null) {
                readItem(source, row, problems).ifPresent(current.items::add);
            } else if (!inOverview && title != null && current == null && fiscalYear == null
                    && !first.matches("^資料[\\s0-9０-９\\-－]+$")) {
                preface.add(first);
            }
        }
        checkComplete(source, methodsListed, methods, problems);
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        List<LabeledText> texts = new ArrayList<>();
        if (!preface.isEmpty()) {
            texts.add(new LabeledText("はじめに", String.join("\n", preface)));
        }
        if (!policies.isEmpty()) {
            texts.add(new LabeledText("基本方針", String.join("\n", policies)));
        }
        return WrapJoin.apply(new PlanDocument(PlanDocument.FORMAT, null, title, null,
                fiscalYear == null ? List.of() : List.of(fiscalYear), new Source(source.fileName(), layout()), texts,
                methods.stream().map(MethodSection::build).toList()));
    }

    private static Optional<Initiative> readItem(SourceText source, Row row, List<ImportProblem> problems) {
        String name = CellText.inline(row.cell(0));
        if (row.filled().size() < 3 || name.isEmpty()) {
            problems.add(source.problem(row.number(), ImportMessage.CITY_REFORM_ROW_CUT_OFF,
                    String.valueOf(row.filled().size())));
            return Optional.empty();
        }
        String summary = CellText.plain(row.cell(1));
        List<String> owners = Departments.split(row.cell(2), Pattern.compile("[\\s、・]+"));
        return Optional.of(new Initiative(null, null, name, owners, List.of(), List.of(), null,
                List.of(new LabeledText("概要", summary)), schedule(CellText.inline(row.cell(1))), List.of()));
    }

    private static List<ScheduleRow> schedule(String summary) {
        List<ScheduleRow> rows = new ArrayList<>();
        Matcher m = YEAR_STEP.matcher(summary);
        while (m.find()) {
            rows.add(new ScheduleRow(m.group(2).strip(), List.of(FiscalYear.parse(m.group(1)).year())));
        }
        return rows;
    }

    private static void checkComplete(SourceText source, Map<String, Integer> listed, List<MethodSection> methods,
            List<ImportProblem> problems) {
        if (listed.isEmpty()) {
            problems.add(source.problem(1, ImportMessage.CITY_REFORM_NO_OVERVIEW));
        }
        List<String> found = methods.stream().map(m -> m.label).toList();
        listed.forEach((label, line) -> {
            if (!found.contains(label)) {
                problems.add(source.problem(line, ImportMessage.CITY_REFORM_MISSING_FROM_BODY, label));
            }
        });
        methods.stream().filter(m -> m.items.isEmpty()).forEach(m -> problems.add(source.problem(m.line,
                ImportMessage.CITY_REFORM_METHOD_WITHOUT_ITEMS, m.label)));
    }

    private static final class MethodSection {
        final String label;
        final String title;
        final int line;
        final List<Initiative> items = new ArrayList<>();

        MethodSection(String label, String title, int line) {
            this.label = label;
            this.title = CellText.inline(title);
            this.line = line;
        }

        Section build() {
            return new Section(label, title, List.of(), List.of(), items);
        }
    }
}
