package jp.shinchoku.indicator;

/** Which way an indicator should move. */
public enum Direction {
    INCREASE("increase", "増加"),
    DECREASE("decrease", "減少"),
    MAINTAIN("maintain", "維持"),
    QUALITATIVE("qualitative", "定性");

    private final String code;
    private final String japanese;

    Direction(String code, String japanese) {
        this.code = code;
        this.japanese = japanese;
    }

    /** The word used in the plan document and on the command line. */
    public String code() {
        return code;
    }

    public String japanese() {
        return japanese;
    }

    public static Direction of(String code) {
        for (Direction d : values()) {
            if (d.code.equalsIgnoreCase(code) || d.japanese.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction \"" + code + "\": use increase, decrease, maintain or qualitative");
    }
}
