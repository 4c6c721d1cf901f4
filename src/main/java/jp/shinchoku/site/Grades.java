package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.indicator.RollUp;

/**
 * Grades as the pages show them: a letter, a symbol and words as well as a colour, so that no
 * reader depends on colour alone (◎ A 達成, ○ B 概ね達成, △ C 一部達成, × D 未達成, — none).
 */
final class Grades {

    private Grades() {
    }

    /** One grade's count; {@code grade} is A–D or "none", the class the colour hangs on. */
    record GradeCount(String grade, String symbol, String label, int count) {
        public String words() {
            return Grades.words(grade, label);
        }
    }

    static String symbol(String grade) {
        return switch (grade == null ? "" : grade) {
            case "A" -> "◎";
            case "B" -> "○";
            case "C" -> "△";
            case "D" -> "×";
            default -> "—";
        };
    }

    /** "◎ A 達成", or the label alone for no grade. */
    static String words(String grade, String label) {
        if (grade == null || grade.isEmpty() || grade.equals("none")) {
            return label == null || label.isEmpty() ? Grade.NONE_LABEL : label;
        }
        return symbol(grade) + " " + grade + " " + label;
    }

    static String words(Grade grade) {
        return grade == null ? Grade.NONE_LABEL : words(grade.name(), grade.label());
    }

    static List<GradeCount> counts(RollUp.Counts counts) {
        List<GradeCount> list = new ArrayList<>();
        if (counts == null) {
            return list;
        }
        for (Grade g : Grade.values()) {
            list.add(new GradeCount(g.name(), symbol(g.name()), g.label(), counts.byGrade().get(g)));
        }
        list.add(new GradeCount("none", symbol(null), Grade.NONE_LABEL, counts.ungraded()));
        return list;
    }
}
