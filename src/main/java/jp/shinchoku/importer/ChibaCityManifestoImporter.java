package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;

/**
 * Reads Chiba City's table of the mayor's manifesto: ビジョン → 約束 → numbered 取組 rows
 * (No., 取組名, 概要, 主な取組内容, 目標年度, 担当課 with phone numbers). The table of contents at
 * the top lists every vision and promise; it is used to tell a complete document from a cut one.
 */
final class ChibaCityManifestoImporter implements PlanImporter {

    private static final String TITLE = "市長マニフェストに関する取組み";
    private static final Pattern VISION = Pattern.compile("^(ビジョン\\s*\\d+)\\s+(.+)$");
    private static final Pattern PROMISE = Pattern.compile("^(約束\\s*\\d+)\\s+(.+)$");
    private static final Pattern PERIOD = Pattern.compile("令和(\\d+)\\s*[～~〜\\-－]\\s*(\\d+)年度");
    private static final Pattern SIGNATURE = Pattern.compile("^(?:令和|平成)[0-9０-９元]+年[0-9０-９]+月(.+?[都道府県市区町村])$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+$");
    private static final String[] COLUMNS = {"No.", "取組名", "概要", "主な取組内容", "目標年度", "担当課"};

    @Override
    public String layout() {
        return "chiba-city-manifesto";
    }

    @Override
    public String description() {
        return "千葉市 市長マニフェスト取組み表 (ビジョン → 約束 → 取組)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return source.rows().stream().anyMatch(r -> r.cell(0).equals("No.") && r.cell(1).equals("取組名")
                && r.cell(5).equals("担当課"));
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> contents = new LinkedHashMap<>();
        List<SectionBuilder> visions = new ArrayList<>();
        SectionBuilder vision = null;
        SectionBuilder promise = null;
        List<String> preface = new ArrayList<>();
        String organization = null;
        List<Integer> fiscalYears = List.of();
        boolean inBody = false;

        for (Row row : source.rows()) {
            if (row.isBlank() || isSeparator(row)) {
                continue;
            }
            String first = CellText.inline(row.cell(0));
            Matcher v = VISION.matcher(first);
            Matcher p = PROMISE.matcher(first);
            boolean listedInContents = row.filled().size() == 2 && NUMBER.matcher(row.cell(1)).matches();
            if ((v.matches() || p.matches()) && listedInContents) {
                contents.put(CellText.compact(v.matches() ? v.group(1) : p.group(1)), row.number());
            } else if (v.matches()) {
                inBody = true;
                vision = new SectionBuilder(CellText.compact(v.group(1)), v.group(2), row.number());
                visions.add(vision);
                promise = null;
            } else if (p.matches()) {
                if (vision == null) {
                    problems.add(source.problem(row.number(), ImportMessage.MANIFESTO_PROMISE_BEFORE_VISION, first));
                    continue;
                }
                promise = new SectionBuilder(CellText.compact(p.group(1)), p.group(2), row.number());
                vision.children.add(promise);
            } else if (row.cell(0).equals("No.")) {
                checkHeader(source, row, problems);
            } else if (NUMBER.matcher(row.cell(0)).matches() && inBody) {
                if (promise == null) {
                    problems.add(source.problem(row.number(), ImportMessage.MANIFESTO_INITIATIVE_BEFORE_PROMISE, row.cell(0)));
                    continue;
                }
                readInitiative(source, row, problems).ifPresent(promise.initiatives::add);
            } else if (!inBody) {
                String compact = CellText.compact(first);
                Matcher signature = SIGNATURE.matcher(compact);
                Matcher period = PERIOD.matcher(first);
                if (signature.matches()) {
                    organization = signature.group(1);
                } else if (!first.equals(TITLE) && !first.startsWith("「") && !first.equals("ページ") && !row.cell(1).equals("ページ")) {
                    preface.add(first);
                }
                if (period.find() && fiscalYears.isEmpty()) {
                    fiscalYears = range(2018 + Integer.parseInt(period.group(1)), 2018 + Integer.parseInt(period.group(2)));
                }
            }
        }
        checkContents(source, contents, visions, problems);
        if (visions.isEmpty() && problems.isEmpty()) {
            problems.add(source.problem(1, ImportMessage.MANIFESTO_NO_VISION));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return WrapJoin.apply(new PlanDocument(PlanDocument.FORMAT, organization, TITLE, null, fiscalYears,
                new Source(source.fileName(), layout()),
                preface.isEmpty() ? List.of() : List.of(new LabeledText("はじめに", String.join("\n", preface))),
                visions.stream().map(SectionBuilder::build).toList()));
    }

    private static boolean isSeparator(Row row) {
        return row.filled().stream().allMatch(c -> c.matches("[-ー－―]+"));
    }

    private static void checkHeader(SourceText source, Row row, List<ImportProblem> problems) {
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!row.cell(i).equals(COLUMNS[i])) {
                problems.add(source.problem(row.number(), ImportMessage.MANIFESTO_UNEXPECTED_HEADER,
                        String.valueOf(i + 1), COLUMNS[i], row.cell(i)));
                return;
            }
        }
    }

    private Optional<Initiative> readInitiative(SourceText source, Row row, List<ImportProblem> problems) {
        String no = row.cell(0);
        if (row.cells().size() < COLUMNS.length) {
            problems.add(source.problem(row.number(), ImportMessage.MANIFESTO_ROW_CUT_OFF, no,
                    String.valueOf(row.cells().size()), String.valueOf(COLUMNS.length), String.join(", ", COLUMNS)));
            return Optional.empty();
        }
        String title = CellText.inline(row.cell(1));
        if (title.isEmpty()) {
            problems.add(source.problem(row.number(), ImportMessage.MANIFESTO_NO_TITLE, no));
            return Optional.empty();
        }
        Integer target = FiscalYear.find(row.cell(4)).map(FiscalYear::year).orElse(null);
        List<Contact> contacts = ContactCell.parse(row.cell(5));
        List<String> owners = new ArrayList<>(new LinkedHashSet<>(contacts.stream().map(Contact::department).toList()));
        List<LabeledText> texts = new ArrayList<>();
        addText(texts, "概要", row.cell(2));
        addText(texts, "主な取組内容", row.cell(3));
        return Optional.of(new Initiative(no, null, title, owners, List.of(), contacts, target, texts,
                List.of(), List.of()));
    }

    private static void addText(List<LabeledText> texts, String label, String cell) {
        String text = CellText.plain(cell);
        if (!text.isEmpty()) {
            texts.add(new LabeledText(label, text));
        }
    }

    private static void checkContents(SourceText source, Map<String, Integer> contents, List<SectionBuilder> visions,
            List<ImportProblem> problems) {
        LinkedHashSet<String> present = new LinkedHashSet<>();
        for (SectionBuilder v : visions) {
            present.add(v.label);
            v.children.forEach(p -> present.add(p.label));
            v.children.stream().filter(p -> p.initiatives.isEmpty()).forEach(p -> problems.add(source.problem(p.line,
                    ImportMessage.MANIFESTO_PROMISE_WITHOUT_INITIATIVES, p.label)));
        }
        contents.forEach((label, line) -> {
            if (!present.contains(label)) {
                problems.add(source.problem(line, ImportMessage.MANIFESTO_MISSING_FROM_BODY, label));
            }
        });
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return years;
    }

    private static final class SectionBuilder {
        final String label;
        final String title;
        final int line;
        final List<SectionBuilder> children = new ArrayList<>();
        final List<Initiative> initiatives = new ArrayList<>();

        SectionBuilder(String label, String title, int line) {
            this.label = label;
            this.title = CellText.inline(title);
            this.line = line;
        }

        Section build() {
            return new Section(label, title, List.of(), children.stream().map(SectionBuilder::build).toList(),
                    initiatives);
        }
    }

    /**
     * The 担当課 cell: departments each followed by one or more phone numbers, a phone optionally
     * preceded by a note in parentheses that says what it is for.
     */
    static final class ContactCell {

        private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-\\d{1,4}-\\d{4}(?:\\s*[,，、]\\s*\\d{4})*");
        private static final Pattern NOTE = Pattern.compile("^(.*?)\\s*[（(]([^（）()]*)[）)]\\s*$");

        private ContactCell() {
        }

        static List<Contact> parse(String cell) {
            String text = CellText.inline(cell);
            List<Contact> contacts = new ArrayList<>();
            Matcher phone = PHONE.matcher(text);
            int last = 0;
            String department = null;
            while (phone.find()) {
                String before = text.substring(last, phone.start()).strip();
                String note = null;
                Matcher noted = NOTE.matcher(before);
                if (noted.matches()) {
                    note = noted.group(2).strip();
                    before = noted.group(1);
                }
                if (!before.isBlank()) {
                    department = Departments.name(before);
                }
                if (department != null) {
                    contacts.add(new Contact(department, phone.group().replaceAll("\\s", ""), note));
                }
                last = phone.end();
            }
            String rest = text.substring(last).strip();
            if (!rest.isEmpty()) {
                for (String name : rest.split("\\s+")) {
                    contacts.add(new Contact(Departments.name(name), null, null));
                }
            }
            return contacts;
        }
    }
}
