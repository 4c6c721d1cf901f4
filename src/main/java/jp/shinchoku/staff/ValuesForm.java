package jp.shinchoku.staff;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.ValueEntry;

/** The indicator table as posted: the version it was shown at, and one row per indicator-year. */
public class ValuesForm {

    private int version;
    private List<Entry> entries = new ArrayList<>();

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public void setEntries(List<Entry> entries) {
        this.entries = entries;
    }

    RecordValues toCommand(long initiativeId) {
        return new RecordValues(initiativeId, version, entries.stream()
                .filter(e -> e.getIndicator() != null && e.getFiscalYear() != null)
                .map(e -> new ValueEntry(e.getIndicator(), e.getFiscalYear(), e.getTarget(), e.getActual(), e.getNote()))
                .toList());
    }

    /** One indicator-year row. */
    public static class Entry {
        private String indicator;
        private Integer fiscalYear;
        private String target;
        private String actual;
        private String note;

        public Entry() {
        }

        Entry(String indicator, Integer fiscalYear, String target, String actual, String note) {
            this.indicator = indicator;
            this.fiscalYear = fiscalYear;
            this.target = target;
            this.actual = actual;
            this.note = note;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public Integer getFiscalYear() {
            return fiscalYear;
        }

        public void setFiscalYear(Integer fiscalYear) {
            this.fiscalYear = fiscalYear;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
