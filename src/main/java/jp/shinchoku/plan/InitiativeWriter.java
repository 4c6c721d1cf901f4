package jp.shinchoku.plan;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.ScheduleRow;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one initiative's rows over what it had: its row, departments, contacts, texts, schedule,
 * and its indicators matched by label so that they keep their ids. A year whose target, actual or
 * note changes takes the provenance the caller gives (a person, or null for a document); a year
 * that stays as it was keeps the provenance it had.
 */
final class InitiativeWriter {

    private final JdbcClient jdbc;
    private final long organizationId;
    private final Map<String, Long> departments = new HashMap<>();

    InitiativeWriter(JdbcClient jdbc, long organizationId) {
        this.jdbc = jdbc;
        this.organizationId = organizationId;
    }

    long insert(long planId, long sectionId, int position, Initiative initiative, String enteredBy) {
        long id = jdbc.sql("""
                INSERT INTO initiative (plan_id, section_id, position, code, label, title, target_fiscal_year)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(planId, sectionId, position, initiative.code(), initiative.label(), initiative.title(),
                        initiative.targetFiscalYear())
                .query(Long.class).single();
        writeParts(id, initiative, enteredBy);
        return id;
    }

    /** Rewrites an existing initiative in place; its id stays, its version goes up by one. */
    int update(long id, long sectionId, int position, Initiative initiative, String enteredBy) {
        int version = jdbc.sql("""
                UPDATE initiative SET section_id = ?, position = ?, code = ?, label = ?, title = ?,
                       target_fiscal_year = ?, version = version + 1
                WHERE id = ? RETURNING version""")
                .params(sectionId, position, initiative.code(), initiative.label(), initiative.title(),
                        initiative.targetFiscalYear(), id)
                .query(Integer.class).single();
        for (String table : List.of("initiative_department", "contact", "initiative_text", "schedule_row")) {
            jdbc.sql("DELETE FROM " + table + " WHERE initiative_id = ?").param(id).update();
        }
        writeParts(id, initiative, enteredBy);
        return version;
    }

    private void writeParts(long id, Initiative initiative, String enteredBy) {
        insertDepartments(id, "owner", initiative.ownerDepartments());
        insertDepartments(id, "related", initiative.relatedDepartments());
        int c = 0;
        for (Contact contact : initiative.contacts()) {
            jdbc.sql("INSERT INTO contact (initiative_id, position, department_id, phone, note) VALUES (?, ?, ?, ?, ?)")
                    .params(id, c++, departmentId(contact.department()), contact.phone(), contact.note())
                    .update();
        }
        insertTexts("initiative_text", "initiative_id", id, initiative.texts());
        int s = 0;
        for (ScheduleRow row : initiative.schedule()) {
            jdbc.sql("INSERT INTO schedule_row (initiative_id, position, task, fiscal_years) VALUES (?, ?, ?, ?)")
                    .params(id, s++, row.task(), years(row.fiscalYears())).update();
        }
        writeIndicators(id, initiative.indicators(), enteredBy);
    }

    private void writeIndicators(long initiativeId, List<Indicator> indicators, String enteredBy) {
        Map<String, Long> existing = new HashMap<>();
        jdbc.sql("SELECT id, label, name FROM indicator WHERE initiative_id = ?").param(initiativeId)
                .query(rs -> {
                    existing.put(Identity.indicatorKey(rs.getString("label"), rs.getString("name")), rs.getLong("id"));
                });
        Set<Long> kept = new HashSet<>();
        int position = 0;
        for (Indicator indicator : indicators) {
            Long id = existing.get(Identity.indicatorKey(indicator));
            if (id == null) {
                id = insertIndicator(initiativeId, position, indicator);
            } else {
                updateIndicator(id, position, indicator);
            }
            kept.add(id);
            writeValues(id, indicator.values(), enteredBy);
            position++;
        }
        for (Long old : existing.values()) {
            if (!kept.contains(old)) {
                jdbc.sql("DELETE FROM indicator WHERE id = ?").param(old).update();
            }
        }
    }

    private long insertIndicator(long initiativeId, int position, Indicator indicator) {
        Baseline baseline = indicator.baseline();
        Measure b = baseline == null ? null : baseline.value();
        return jdbc.sql("""
                INSERT INTO indicator (initiative_id, position, label, name, note, baseline_fiscal_year,
                                       baseline_text, baseline_number, baseline_unit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(initiativeId, position, indicator.label(), indicator.name(), indicator.note(),
                        baseline == null ? null : baseline.fiscalYear(), text(b), number(b), unit(b))
                .query(Long.class).single();
    }

    private void updateIndicator(long id, int position, Indicator indicator) {
        Baseline baseline = indicator.baseline();
        Measure b = baseline == null ? null : baseline.value();
        jdbc.sql("""
                UPDATE indicator SET position = ?, label = ?, name = ?, note = ?, baseline_fiscal_year = ?,
                       baseline_text = ?, baseline_number = ?, baseline_unit = ?
                WHERE id = ?""")
                .params(position, indicator.label(), indicator.name(), indicator.note(),
                        baseline == null ? null : baseline.fiscalYear(), text(b), number(b), unit(b), id)
                .update();
    }

    private void writeValues(long indicatorId, List<IndicatorValue> values, String enteredBy) {
        Map<Integer, Provenance> before = new HashMap<>();
        jdbc.sql("""
                SELECT fiscal_year, target_text, actual_text, note, entered_by, entered_at
                FROM indicator_value WHERE indicator_id = ?""")
                .param(indicatorId)
                .query(rs -> {
                    before.put(rs.getInt("fiscal_year"), new Provenance(rs.getString("target_text"),
                            rs.getString("actual_text"), rs.getString("note"), rs.getString("entered_by"),
                            rs.getObject("entered_at", OffsetDateTime.class)));
                });
        jdbc.sql("DELETE FROM indicator_value WHERE indicator_id = ?").param(indicatorId).update();
        for (IndicatorValue v : values) {
            Provenance old = before.get(v.fiscalYear());
            boolean unchanged = old != null && old.sameEntries(v);
            String by = unchanged ? old.enteredBy() : enteredBy;
            OffsetDateTime at = unchanged ? old.enteredAt() : (enteredBy == null ? null : OffsetDateTime.now());
            Measure t = v.target();
            Measure a = v.actual();
            jdbc.sql("""
                    INSERT INTO indicator_value (indicator_id, fiscal_year, name, target_text, target_number,
                                                 target_unit, actual_text, actual_number, actual_unit, note,
                                                 entered_by, entered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(indicatorId, v.fiscalYear(), v.name(), text(t), number(t), unit(t), text(a), number(a),
                            unit(a), v.note(), by, at)
                    .update();
        }
    }

    /** Who entered a stored year, and what it said then. */
    private record Provenance(String target, String actual, String note, String enteredBy, OffsetDateTime enteredAt) {
        boolean sameEntries(IndicatorValue v) {
            return Objects.equals(target, text(v.target())) && Objects.equals(actual, text(v.actual()))
                    && Objects.equals(note, v.note());
        }
    }

    long departmentId(String name) {
        return departments.computeIfAbsent(name, n -> jdbc.sql("""
                INSERT INTO department (organization_id, name) VALUES (?, ?)
                ON CONFLICT (organization_id, name) DO UPDATE SET name = excluded.name RETURNING id""")
                .params(organizationId, n).query(Long.class).single());
    }

    private void insertDepartments(long initiativeId, String role, List<String> names) {
        int position = 0;
        for (String name : names) {
            jdbc.sql("INSERT INTO initiative_department (initiative_id, role, position, department_id) VALUES (?, ?, ?, ?)")
                    .params(initiativeId, role, position++, departmentId(name)).update();
        }
    }

    void insertTexts(String table, String key, long id, List<LabeledText> texts) {
        int position = 0;
        for (LabeledText text : texts) {
            jdbc.sql("INSERT INTO " + table + " (" + key + ", position, label, body) VALUES (?, ?, ?, ?)")
                    .params(id, position++, text.label(), text.text()).update();
        }
    }

    static Integer[] years(List<Integer> years) {
        return years.toArray(Integer[]::new);
    }

    static List<Integer> years(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((Integer[]) array.getArray());
    }

    static String text(Measure m) {
        return m == null ? null : m.text();
    }

    private static java.math.BigDecimal number(Measure m) {
        return m == null ? null : m.number();
    }

    private static String unit(Measure m) {
        return m == null ? null : m.unit();
    }
}
