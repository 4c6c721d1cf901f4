package jp.shinchoku.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.SavedPlan;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers on the database itself: emptying it, and counting its rows. */
public final class TestDatabase {

    public static final List<String> TABLES = List.of("organization", "department", "plan", "plan_text", "section",
            "section_text", "initiative", "initiative_department", "contact", "initiative_text", "schedule_row",
            "indicator", "indicator_value", "plan_revision", "initiative_revision", "table_mapping", "opendata_licence",
            "account", "account_department", "api_token", "login_throttle", "spring_session", "spring_session_attributes");

    private TestDatabase() {
    }

    public static void empty(JdbcClient jdbc) {
        // the audit log refuses deletes row by row; a test database may still be emptied as a whole
        String truncate = "TRUNCATE " + String.join(", ", TABLES) + ", audit_entry RESTART IDENTITY CASCADE";
        // TRUNCATE locks its tables one by one, so a background reader of the same application (the search
        // index's check for changes) can hold one it needs next: PostgreSQL then ends one of the two
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql(truncate).update();
                return;
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == 5) {
                    throw deadlock;
                }
            }
        }
    }

    /** Empties the database and stores the five seeds as the demo does; returns what was saved, in seed order. */
    public static List<SavedPlan> reloadSeeds(JdbcClient jdbc, ImportService imports) {
        empty(jdbc);
        return imports.store(SeedDocuments.all(), "test");
    }

    /** The row count of every table that holds plans (not sessions or accounts), in a fixed order. */
    public static Map<String, Long> planRowCounts(JdbcClient jdbc) {
        Map<String, Long> counts = rowCounts(jdbc);
        counts.keySet().removeIf(t -> t.startsWith("spring_session") || t.startsWith("account") || t.equals("login_throttle") || t.equals("api_token"));
        return counts;
    }

    /** The row count of every table, in a fixed order. */
    public static Map<String, Long> rowCounts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
