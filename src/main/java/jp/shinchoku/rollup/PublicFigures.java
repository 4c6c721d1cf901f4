package jp.shinchoku.rollup;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public lists, read from stored figures only: one query for the page and one for its count,
 * whatever the number of governments. Plans and governments are joined by id (read-only) with the
 * figures and profiles kept here.
 */
@Service
public class PublicFigures {

    private static final String FILTER = """
            FROM plan p JOIN organization o ON o.id = p.organization_id
            LEFT JOIN organization_profile op ON op.organization_id = o.id
            LEFT JOIN plan_profile pp ON pp.plan_id = p.id
            WHERE (:name = '' OR strpos(o.name, :name) > 0)
              AND (:prefecture = '' OR op.prefecture = :prefecture)
              AND (:type = '' OR pp.plan_type = :type)""";

    private static final String LATEST = """
            LEFT JOIN LATERAL (SELECT id, as_of FROM snapshot s WHERE s.plan_id = p.id ORDER BY id DESC LIMIT 1) s ON true
            LEFT JOIN snapshot_rollup r ON r.snapshot_id = s.id AND r.section_path = ''""";

    /** The latest snapshot of each published plan that passes the filter, with its stored figures. */
    private static final String PUBLISHED = """
            FROM organization o LEFT JOIN organization_profile op ON op.organization_id = o.id
            JOIN plan p ON p.organization_id = o.id
            JOIN LATERAL (SELECT id FROM snapshot s WHERE s.plan_id = p.id ORDER BY id DESC LIMIT 1) s ON true
            JOIN snapshot_rollup r ON r.snapshot_id = s.id AND r.section_path = ''
            WHERE (:name = '' OR strpos(o.name, :name) > 0)
              AND (:prefecture = '' OR op.prefecture = :prefecture)
              AND (:type = '' OR EXISTS (SELECT 1 FROM plan_profile pp WHERE pp.plan_id = p.id AND pp.plan_type = :type))""";

    private final JdbcClient jdbc;

    PublicFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans, by government name, then as stored. */
    @Transactional(readOnly = true)
    public Listing<PlanFigures> plans(ListFilter filter) {
        int total = jdbc.sql("SELECT count(*) " + FILTER).params(params(filter)).query(Integer.class).single();
        List<PlanFigures> rows = jdbc.sql("""
                SELECT p.id, p.title, p.fiscal_years, p.as_of, o.id AS organization_id, o.name AS organization,
                       op.prefecture, op.kind, pp.plan_type, s.id AS snapshot_id, s.as_of AS published_as_of,
                       r.fiscal_year, r.grade_a, r.grade_b, r.grade_c, r.grade_d, r.ungraded, r.initiatives, r.indicators
                """ + FILTER.replace("WHERE", LATEST + "\nWHERE") + """

                ORDER BY o.name, p.id LIMIT :limit OFFSET :offset""")
                .params(params(filter)).param("limit", ListFilter.PAGE_SIZE).param("offset", filter.offset())
                .query((rs, n) -> new PlanFigures(rs.getLong("id"), rs.getString("title"), years(rs.getArray("fiscal_years")),
                        rs.getObject("as_of", LocalDate.class), rs.getLong("organization_id"), rs.getString("organization"),
                        rs.getString("prefecture"), rs.getString("kind"), rs.getString("plan_type"),
                        rs.getObject("snapshot_id", Long.class), rs.getObject("published_as_of", LocalDate.class),
                        rs.getObject("fiscal_year", Integer.class), counts(rs),
                        rs.getObject("initiatives", Integer.class), rs.getObject("indicators", Integer.class)))
                .list();
        return new Listing<>(rows, total, filter.page());
    }

    /** Governments with at least one published plan, by name, with their plans' counts added up. */
    @Transactional(readOnly = true)
    public Listing<OrganizationFigures> organizations(ListFilter filter) {
        int total = jdbc.sql("SELECT count(DISTINCT o.id) " + PUBLISHED).params(params(filter)).query(Integer.class)
                .single();
        List<OrganizationFigures> rows = jdbc.sql("""
                SELECT o.id, o.name, op.prefecture, op.kind, count(*) AS plans,
                       sum(r.grade_a) AS grade_a, sum(r.grade_b) AS grade_b, sum(r.grade_c) AS grade_c,
                       sum(r.grade_d) AS grade_d, sum(r.ungraded) AS ungraded
                """ + PUBLISHED + """

                GROUP BY o.id, o.name, op.prefecture, op.kind
                ORDER BY o.name LIMIT :limit OFFSET :offset""")
                .params(params(filter)).param("limit", ListFilter.PAGE_SIZE).param("offset", filter.offset())
                .query((rs, n) -> new OrganizationFigures(rs.getLong("id"), rs.getString("name"),
                        rs.getString("prefecture"), rs.getString("kind"), rs.getInt("plans"), counts(rs)))
                .list();
        return new Listing<>(rows, total, filter.page());
    }

    /** The prefectures that some government in the database lies in, in the usual order (north to south). */
    public List<String> prefectures() {
        List<String> present = jdbc.sql("SELECT DISTINCT prefecture FROM organization_profile WHERE prefecture IS NOT NULL")
                .query(String.class).list();
        return Prefectures.ALL.stream().filter(present::contains).toList();
    }

    private static java.util.Map<String, Object> params(ListFilter filter) {
        return java.util.Map.of("name", filter.organization(), "prefecture", filter.prefecture(), "type",
                filter.planType());
    }

    private static GradeCounts counts(ResultSet rs) throws SQLException {
        if (rs.getObject("grade_a") == null) {
            return null;
        }
        return new GradeCounts(rs.getInt("grade_a"), rs.getInt("grade_b"), rs.getInt("grade_c"), rs.getInt("grade_d"),
                rs.getInt("ungraded"));
    }

    private static List<Integer> years(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
