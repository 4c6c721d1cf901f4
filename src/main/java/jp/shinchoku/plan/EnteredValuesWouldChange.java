package jp.shinchoku.plan;

import java.util.List;
import java.util.stream.Collectors;

/** A re-import would overwrite values people entered in the application; nothing was stored. */
public class EnteredValuesWouldChange extends RuntimeException {

    private final transient List<EnteredValue> values;

    public EnteredValuesWouldChange(String plan, List<EnteredValue> values) {
        super("「" + plan + "」の取り込みは、アプリケーションで入力された " + values.size()
                + " 件の値を変更します (importing would change " + values.size()
                + " value(s) entered in the application; confirm with --replace):\n"
                + values.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
        this.values = List.copyOf(values);
    }

    public List<EnteredValue> values() {
        return values;
    }
}
