package jp.shinchoku.rollup;

/** How many initiatives of a plan (or section, or government) got each grade; {@code ungraded} had none. */
public record GradeCounts(int a, int b, int c, int d, int ungraded) {

    public static final GradeCounts NONE = new GradeCounts(0, 0, 0, 0, 0);

    public int total() {
        return a + b + c + d + ungraded;
    }

    public GradeCounts plus(GradeCounts o) {
        return new GradeCounts(a + o.a, b + o.b, c + o.c, d + o.d, ungraded + o.ungraded);
    }
}
