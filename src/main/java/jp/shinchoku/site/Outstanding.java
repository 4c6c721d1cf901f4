package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.indicator.RollUp;

/** Indicator-years left out of a grade, as message keys and counts for the page to word in the reader's language. */
record Outstanding(boolean any, List<Item> items) {

    /** One kind: {@code key} a message taking the count and, for pending years, how many have a proposal. */
    record Item(String key, int count, int proposed) {
    }

    static Outstanding of(RollUp.Outstanding o) {
        List<Item> items = new ArrayList<>();
        if (o != null && o.pending() > 0) {
            items.add(new Item(o.proposed() > 0 ? "plan.outstanding.pendingProposed" : "plan.outstanding.pending",
                    o.pending(), o.proposed()));
        }
        if (o != null && o.provisional() > 0) {
            items.add(new Item("plan.outstanding.provisional", o.provisional(), 0));
        }
        if (o != null && o.notComparable() > 0) {
            items.add(new Item("plan.outstanding.notComparable", o.notComparable(), 0));
        }
        return new Outstanding(!items.isEmpty(), List.copyOf(items));
    }
}
