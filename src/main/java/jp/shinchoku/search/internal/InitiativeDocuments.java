package jp.shinchoku.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.search.SearchSource.SourcePlan;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** Turns an evaluated plan into one Lucene document per initiative. */
public final class InitiativeDocuments {

    /** Stored, with offsets in the postings so that snippets need not analyse the text again. */
    private static final FieldType SHOWN = type(true, false);
    /** Also with term vectors, so that related initiatives need not analyse it again either. */
    private static final FieldType ALIKE = type(true, true);
    /** The character pairs of a shown field: their offsets mark the shown field's text. */
    private static final FieldType PAIRS = type(false, false);

    private InitiativeDocuments() {
    }

    public static Term plan(long planId) {
        return new Term(Fields.PLAN, Long.toString(planId));
    }

    public static Term initiative(long planId, String key) {
        return new Term(Fields.ID, planId + "/" + key);
    }

    public static List<Document> of(SourcePlan plan) {
        PlanDocument d = plan.evaluated();
        Map<String, String> grades = new HashMap<>();
        RollUp.ofLatestYear(d, plan.scale()).ifPresent(r -> collect(r.sections(), grades));
        List<Document> documents = new ArrayList<>();
        for (Section s : d.sections()) {
            add(plan, s, List.of(), grades, documents);
        }
        return documents;
    }

    private static void add(SourcePlan plan, Section section, List<String> parents,
            Map<String, String> grades, List<Document> into) {
        List<String> path = new ArrayList<>(parents);
        path.add(join(" ", section.label(), section.title()));
        for (Initiative i : section.initiatives()) {
            into.add(document(plan, String.join(" ＞ ", path), i, grades.getOrDefault(i.key(), Fields.NO_GRADE)));
        }
        for (Section child : section.sections()) {
            add(plan, child, path, grades, into);
        }
    }

    private static Document document(SourcePlan source, String sectionPath, Initiative i, String grade) {
        long planId = source.planId();
        PlanDocument plan = source.evaluated();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, initiative(planId, i.key()).text(), Field.Store.YES));
        doc.add(new StringField(Fields.PLAN, Long.toString(planId), Field.Store.YES));
        doc.add(new StringField(Fields.ORGANIZATION, plan.organization(), Field.Store.YES));
        doc.add(new StoredField(Fields.PLAN_TITLE, plan.title()));
        doc.add(new StoredField(Fields.KEY, i.key()));
        if (i.code() != null) {
            doc.add(new StoredField(Fields.CODE, i.code()));
        }
        if (i.label() != null) {
            doc.add(new StoredField(Fields.LABEL, i.label()));
        }
        // the title alone: a code before it changes how Kuromoji cuts its first word
        doc.add(new Field(Fields.TITLE, i.title(), ALIKE));
        doc.add(new Field(Fields.SECTION, sectionPath, SHOWN));
        doc.add(new Field(Fields.TEXTS, String.join("\n", i.texts().stream().map(LabeledText::text).toList()), ALIKE));
        doc.add(new Field(Fields.INDICATORS, String.join("\n", indicatorNames(i)), ALIKE));
        List<String> departments = new ArrayList<>(i.ownerDepartments());
        i.relatedDepartments().stream().filter(r -> !departments.contains(r)).forEach(departments::add);
        doc.add(new Field(Fields.DEPARTMENTS, String.join("、", departments), SHOWN));
        // shown as the report wrote them, filtered by what the departments are called now
        java.util.Set<String> now = new java.util.LinkedHashSet<>();
        departments.forEach(d -> now.addAll(source.departmentNow(d)));
        for (String name : now) {
            doc.add(new StringField(Fields.DEPARTMENT, name, Field.Store.NO));
            doc.add(new StringField(Fields.ORGANIZATION_DEPARTMENT, plan.organization() + Fields.SEPARATOR + name,
                    Field.Store.NO));
        }
        doc.add(new TextField(Fields.CONTEXT, plan.organization(), Field.Store.NO));
        doc.add(new TextField(Fields.CONTEXT, plan.title(), Field.Store.NO));
        doc.add(new TextField(Fields.CONTEXT, join(" ", i.code(), i.label()), Field.Store.NO));
        for (Fields.Weighted searched : Fields.SEARCHED) {
            for (String text : texts(doc, searched.field())) {
                doc.add(new Field(Fields.grams(searched.field()), text, PAIRS));
            }
        }
        doc.add(new StringField(Fields.GRADE, grade, Field.Store.YES));
        years(plan, i).forEach(y -> doc.add(new StringField(Fields.YEAR, Integer.toString(y), Field.Store.NO)));
        return doc;
    }

    /** Every value of a field already added, stored or not. */
    private static List<String> texts(Document doc, String field) {
        return java.util.Arrays.stream(doc.getFields(field)).map(f -> f.stringValue()).filter(v -> v != null).toList();
    }

    private static List<String> indicatorNames(Initiative i) {
        List<String> names = new ArrayList<>();
        for (Indicator k : i.indicators()) {
            if (k.name() != null && !names.contains(k.name())) {
                names.add(k.name());
            }
            for (IndicatorValue v : k.values()) {
                if (v.name() != null && !names.contains(v.name())) {
                    names.add(v.name());
                }
            }
        }
        return names;
    }

    private static TreeSet<Integer> years(PlanDocument plan, Initiative i) {
        TreeSet<Integer> years = new TreeSet<>(plan.fiscalYears());
        if (i.targetFiscalYear() != null) {
            years.add(i.targetFiscalYear());
        }
        i.schedule().stream().map(ScheduleRow::fiscalYears).forEach(years::addAll);
        i.indicators().forEach(k -> k.values().forEach(v -> years.add(v.fiscalYear())));
        return years;
    }

    private static void collect(List<RollUp.SectionRollUp> sections, Map<String, String> grades) {
        for (RollUp.SectionRollUp s : sections) {
            s.initiatives().stream().filter(g -> g.grade() != null).forEach(g -> grades.put(g.key(), g.grade().name()));
            collect(s.sections(), grades);
        }
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(separator, present);
    }

    private static FieldType type(boolean stored, boolean termVectors) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setStoreTermVectors(termVectors);
        type.freeze();
        return type;
    }
}
