package jp.shinchoku.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.shinchoku.plan.document.PlanDocumentJson;

/** The files each plan publishes, by the name in their address: /opendata/{planId}/{file}. */
public enum Dataset {
    INITIATIVES("initiatives.csv", "取組", "Initiatives", CsvFile.CONTENT_TYPE),
    INDICATORS("indicators.csv", "指標・年度", "Indicators by fiscal year", CsvFile.CONTENT_TYPE),
    DEPARTMENTS("departments.csv", "担当課", "Departments", CsvFile.CONTENT_TYPE),
    PLAN("plan.json", "計画文書 (JSON)", "Plan document (JSON)", "application/json");

    private final String file;
    private final String japanese;
    private final String english;
    private final String contentType;

    Dataset(String file, String japanese, String english, String contentType) {
        this.file = file;
        this.japanese = japanese;
        this.english = english;
        this.contentType = contentType;
    }

    public String file() {
        return file;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }

    public String contentType() {
        return contentType;
    }

    public String format() {
        return file.substring(file.lastIndexOf('.') + 1).toUpperCase();
    }

    public static Optional<Dataset> of(String file) {
        for (Dataset d : values()) {
            if (d.file.equals(file)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The file's bytes for one plan. */
    public byte[] write(OpenDataInput input) {
        return switch (this) {
            case INITIATIVES -> CsvFile.write(PlanTables.initiatives(input.plan(), input.asOf(), input.scale()));
            case INDICATORS -> CsvFile.write(PlanTables.indicators(input.plan(), input.asOf()));
            case DEPARTMENTS -> CsvFile.write(PlanTables.departments(input.plan(), input.asOf()));
            case PLAN -> PlanDocumentJson.write(input.plan()).getBytes(StandardCharsets.UTF_8);
        };
    }
}
