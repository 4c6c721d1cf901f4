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
                    problems.add(inBothLanguages(source, lines.isEmpty() ? 1 : lines.get(0),
                            ImportMessage.DOUBLED_INDICATOR.with(Identity.initiativeKey(i), label, String.valueOf(count))));
                }
            });
        }
        byKey.forEach((key, initiatives) -> {
            if (initiatives.size() > 1) {
                List<Integer> lines = linesOf(source, initiatives.get(0).title());
                int first = lines.isEmpty() ? 1 : lines.get(0);
                int again = lines.size() > 1 ? lines.get(1) : first;
                problems.add(inBothLanguages(source, again, ImportMessage.DOUBLED_INITIATIVE.with(key,
                        initiatives.get(0).title(), String.valueOf(first), String.valueOf(again))));
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /**
     * The command line has always said these two in Japanese with the English in brackets, as a
     * clerk who reads either finds the repeated line by its Japanese title; the screens say one language.
     */
    private static ImportProblem inBothLanguages(SourceText source, int line, Said said) {
        String japanese = BundledMessages.japanese(said);
        return new ImportProblem(source.fileName(), line, null, japanese + " (" + said.english() + ")", said);
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
