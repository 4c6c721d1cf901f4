package jp.shinchoku.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives, for every command that touches the database. */
class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "directory of the embedded database (default: ./data, or SHINCHOKU_DATA_DIR)")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "use this PostgreSQL server instead of the embedded one (default: SHINCHOKU_DB_URL)")
    String dbUrl;

    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        if (dataDir != null) {
            p.put("shinchoku.db.data-dir", dataDir);
        }
        if (dbUrl != null) {
            p.put("shinchoku.db.url", dbUrl);
        }
        return p;
    }
}
