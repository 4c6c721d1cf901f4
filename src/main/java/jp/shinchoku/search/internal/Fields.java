package jp.shinchoku.search.internal;

import java.util.List;

/**
 * The names of the fields of an initiative's Lucene document. Changing what is indexed or how it
 * is analysed means raising {@link #FORMAT}: an index of another format is rebuilt on start.
 */
public final class Fields {

    /** The format of the index; kept in its commit data. */
    public static final String FORMAT = "6";

    /** planId/key: one initiative. */
    public static final String ID = "id";
    public static final String PLAN = "plan";
    public static final String ORGANIZATION = "organization";
    public static final String PLAN_TITLE = "planTitle";
    public static final String KEY = "key";
    public static final String CODE = "code";
    public static final String LABEL = "label";
    /**
     * Each department named as owner or related, as one exact term for filtering: by the name it
     * bears now, which may not be the one the report wrote (that one is in {@link #DEPARTMENTS}).
     */
    public static final String DEPARTMENT = "department";
    /** Each department after its organisation and {@link #SEPARATOR}: which organisation has which departments. */
    public static final String ORGANIZATION_DEPARTMENT = "organizationDepartment";
    public static final String SEPARATOR = "\u001f";
    /** The initiative's grade in the plan's latest graded year: A to D, or {@link #NO_GRADE}. */
    public static final String GRADE = "grade";
    public static final String NO_GRADE = "none";
    /** Every fiscal year the initiative concerns: its plan's period, schedule, targets and actuals. */
    public static final String YEAR = "year";

    // analysed with Kuromoji
    public static final String TITLE = "title";
    public static final String SECTION = "section";
    public static final String TEXTS = "texts";
    public static final String INDICATORS = "indicators";
    public static final String DEPARTMENTS = "departments";
    /** The organisation and plan title, so that 木更津市 テレワーク finds Kisarazu's. */
    public static final String CONTEXT = "context";
    /** The suffix of the field holding an analysed field's text again as pairs of characters (see {@link JapaneseText}). */
    public static final String GRAMS = ".grams";

    /** The analysed fields and their weight in a search: a word in a title counts most. */
    public static final List<Weighted> SEARCHED = List.of(new Weighted(TITLE, 4f), new Weighted(INDICATORS, 2f),
            new Weighted(DEPARTMENTS, 1.5f), new Weighted(SECTION, 1f), new Weighted(TEXTS, 1f),
            new Weighted(CONTEXT, 1f));

    /** A match of characters counts a little less than a match of Kuromoji's words. */
    public static final float GRAMS_WEIGHT = 0.7f;

    /** The fields a snippet is taken from, in order of preference; each is also read as pairs of characters. */
    public static final List<String> SNIPPET_SOURCES = List.of(TEXTS, INDICATORS, DEPARTMENTS, SECTION);

    /** What makes two initiatives alike. */
    public static final String[] LIKENESS = {TITLE, TEXTS, INDICATORS};

    public record Weighted(String field, float weight) {
    }

    /** The field holding {@code field}'s text as pairs of characters. */
    public static String grams(String field) {
        return field + GRAMS;
    }

    private Fields() {
    }
}
