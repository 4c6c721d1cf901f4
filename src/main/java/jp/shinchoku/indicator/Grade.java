package jp.shinchoku.indicator;

/** A grade and its words. "—" (nothing to rate) is the absence of a grade. */
public enum Grade {
    A("達成"), B("概ね達成"), C("一部達成"), D("未達成");

    public static final String NONE_LABEL = "—";

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labelOf(Grade grade) {
        return grade == null ? NONE_LABEL : grade.label;
    }

    /** The worse of two grades; null counts as no information. */
    public static Grade worse(Grade a, Grade b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
