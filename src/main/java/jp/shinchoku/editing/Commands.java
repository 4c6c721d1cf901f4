package jp.shinchoku.editing;

import java.util.List;
import jp.shinchoku.plan.document.LabeledText;

/**
 * The changes the application makes to plans, one record per action. A screen's form, a row of an
 * uploaded workbook, an API call and a command-line call all become one of these, and
 * {@link EditingService} applies it under the same rules. {@code expectedVersion} is the version
 * of the initiative the change was prepared from (optimistic locking).
 */
public final class Commands {

    private Commands() {
    }

    /** Targets, actuals and notes of some indicator-years of one initiative. */
    public record RecordValues(long initiativeId, int expectedVersion, List<ValueEntry> entries) {
        public RecordValues {
            entries = List.copyOf(entries);
        }
    }

    /** One indicator-year as entered; a blank text clears it. */
    public record ValueEntry(String indicator, int fiscalYear, String target, String actual, String note) {
    }

    /** The initiative's own fields. Department editors may change only the texts. */
    public record UpdateInitiative(long initiativeId, int expectedVersion, String code, String title,
            Integer targetFiscalYear, List<String> ownerDepartments, List<String> relatedDepartments,
            List<LabeledText> texts) {
    }

    public record AddIndicator(long initiativeId, int expectedVersion, String label, String name) {
    }

    public record RemoveIndicator(long initiativeId, int expectedVersion, String indicator) {
    }

    public record AddInitiative(long sectionId, String code, String title, List<String> ownerDepartments) {
    }

    public record MoveInitiative(long initiativeId, int expectedVersion, long sectionId) {
    }

    public record DeleteInitiative(long initiativeId, int expectedVersion, String reason) {
    }

    /** Makes an earlier revision's content current again, as a new revision. */
    public record RestoreRevision(long initiativeId, int expectedVersion, int version) {
    }
}
