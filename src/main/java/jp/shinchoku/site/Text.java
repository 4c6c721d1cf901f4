package jp.shinchoku.site;

import java.util.List;
import jp.shinchoku.plan.document.LabeledText;

/** A narrative text under its label, in lines. */
record Text(String label, List<String> lines) {

    static List<Text> of(List<LabeledText> texts) {
        return texts.stream().map(t -> new Text(t.label(), t.text().lines().toList())).toList();
    }
}
