package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * Refuses a document in which two initiatives share an identity (code and mark, or title), or one
 * initiative has two indicators with the same label: a re-import could not tell them apart. The
 * problem names the lines where the repeated title stands.
 */
final class UniqueIdentities {

    private UniqueIdentities() {
    }

    static void check(PlanDocument document, SourceText source) throws ImportException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, List<Initiative>> byKey = new LinkedHashMap<>();
        for (Initiative i : document.allInitiatives()) {
            byKey.computeIfAbsent(Identity.initiativeKey(i), k -> new ArrayList<>()).add(i);
            Map<String, Integer> labels = new LinkedHashMap<>();
            i.indicators().forEach(k -> labels.merge(Identity.indicatorKey(k), 1, Integer::sum));
            labels.forEach((label, count) -> {
                if (count > 1) {
                    List<Integer> lines = linesOf(source, i.title());
                    problems.add(source.problem(lines.isEmpty() ? 1 : lines.get(0), "取組「" + Identity.initiativeKey(i)
                            + "」に指標「" + label + "」が " + count + " 回あります (initiative " + Identity.initiativeKey(i)
                            + " has " + count + " indicators labelled " + label + "; each label may appear once)"));
                }
            });
        }
        byKey.forEach((key, initiatives) -> {
            if (initiatives.size() > 1) {
                List<Integer> lines = linesOf(source, initiatives.get(0).title());
                int first = lines.isEmpty() ? 1 : lines.get(0);
                int again = lines.size() > 1 ? lines.get(1) : first;
                problems.add(source.problem(again, "取組「" + key + " " + initiatives.get(0).title() + "」が重複しています。"
                        + first + " 行目と " + again + " 行目 (initiative " + key + " appears twice, at lines " + first
                        + " and " + again + "; a plan may hold each initiative once)"));
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /** The lines on which the title's opening words stand, spaces ignored (PDF text wraps titles). */
    private static List<Integer> linesOf(SourceText source, String title) {
        String opening = squeeze(title);
        opening = opening.substring(0, Math.min(12, opening.length()));
        List<Integer> lines = new ArrayList<>();
        for (Row row : source.rows()) {
            if (!opening.isEmpty() && squeeze(row.raw()).contains(opening)) {
                lines.add(row.number());
            }
        }
        return lines;
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
