package jp.shinchoku.plan;

import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;

/**
 * How a stored row is recognised in a document imported again: an initiative by its code and
 * sub-item mark (or by its title where it has no code), an indicator by its label (or its name).
 * A plan may hold each identity once, so a re-import can never mix two rows up.
 */
public final class Identity {

    private Identity() {
    }

    public static String initiativeKey(Initiative i) {
        return initiativeKey(i.code(), i.label(), i.title());
    }

    public static String initiativeKey(String code, String label, String title) {
        if (code == null) {
            return title;
        }
        return label == null ? code : code + " " + label;
    }

    public static String indicatorKey(Indicator k) {
        return indicatorKey(k.label(), k.name());
    }

    static String indicatorKey(String label, String name) {
        return label != null ? label : name;
    }
}
