package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Department names as the registry keeps them: spaces from line wrapping removed
 * ("こども未来部 幼保支援課" and "こども未来部幼保支援課" are one department), duplicates dropped.
 */
public final class Departments {

    private Departments() {
    }

    /** Splits a cell listing several departments at the given separators. */
    public static List<String> split(String cell, Pattern separators) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String part : separators.split(CellText.inline(cell))) {
            String name = name(part);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** One department's registry name. */
    public static String name(String text) {
        return CellText.compact(CellText.inline(text));
    }
}
