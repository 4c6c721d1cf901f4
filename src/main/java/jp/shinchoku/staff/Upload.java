package jp.shinchoku.staff;

import java.io.Serializable;
import jp.shinchoku.table.MappingJson;
import jp.shinchoku.table.MappingOverride;

/**
 * An uploaded file kept in the session between the steps of an import (checking a table's
 * mapping, confirming overwritten values): its name and bytes as sent, the organisation and title
 * the form gave, and for a KPI table the mapping as its JSON (null: inferred).
 */
record Upload(String fileName, byte[] bytes, String organization, String title, String mapping)
        implements Serializable {

    MappingOverride override() {
        return mapping == null ? MappingOverride.NONE : MappingJson.read(mapping);
    }

    Upload withOverride(MappingOverride override) {
        return new Upload(fileName, bytes, organization, title, MappingJson.write(override));
    }
}
