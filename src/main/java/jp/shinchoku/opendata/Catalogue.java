package jp.shinchoku.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.shinchoku.fiscal.EraDate;

/** The catalogue page: every plan with its licence, date and datasets, each with its size and address. */
record Catalogue(List<PlanEntry> plans) {

    static Catalogue of(List<OpenDataInput> inputs) {
        return new Catalogue(inputs.stream().map(PlanEntry::of).toList());
    }

    record PlanEntry(long id, String organization, String title, String asOf, String isoAsOf, String licence,
            String licenceUrl, List<DatasetEntry> datasets) {
        static PlanEntry of(OpenDataInput in) {
            return new PlanEntry(in.planId(), in.plan().organization(), in.plan().title(), EraDate.label(in.asOf()),
                    in.asOf().toString(), in.licence().name(), in.licence().url(),
                    Arrays.stream(Dataset.values()).map(d -> DatasetEntry.of(in, d)).toList());
        }
    }

    record DatasetEntry(String file, String japanese, String english, String format, long bytes, String size,
            String href) {
        static DatasetEntry of(OpenDataInput in, Dataset d) {
            long bytes = d.write(in).length;
            return new DatasetEntry(d.file(), d.japanese(), d.english(), d.format(), bytes, Catalogue.size(bytes),
                    "/opendata/" + in.planId() + "/" + d.file());
        }
    }

    /** 812 B, 12.3 KB, 1.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }
}
