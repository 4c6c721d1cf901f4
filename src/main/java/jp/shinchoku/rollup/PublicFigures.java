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
 * whatever the number of governments. They read this module's own tables alone: the names,
 * headings and latest snapshots are copies kept when a plan is stored or published.
 */
@Service
public class PublicFigures {

    private static final String WHERE = """
            WHERE (:name = '' OR strpos(op.name, :name) > 0)
              AND (:prefecture = '' OR op.prefecture = :prefecture)
              AND (:type = '' OR pp.plan_type = :type)""";

    /** Every plan, published or not. */
    private static final String PLANS = """
            FROM plan_profile pp JOIN organization_profile op ON op.organization_id = pp.organization_id
            """;

    /** The latest snapshot of each published plan that passes the filter, with its stored figures. */
    private static final String PUBLISHED = """
            FROM organization_profile op JOIN plan_profile pp ON pp.organization_id = op.organization_id
            JOIN snapshot_rollup r ON r.snapshot_id = pp.snapshot_id AND r.section_path = ''
            """ + WHERE;

    private final JdbcClient jdbc;

    PublicFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans, by government name, then as stored. */
    @Transactional(readOnly = true)
    public Listing<PlanFigures> plans(ListFilter filter) {
        int total = jdbc.sql("SELECT count(*) " + PLANS + WHERE).params(params(filter)).query(Integer.class).single();
        List<PlanFigures> rows = jdbc.sql("""
                SELECT pp.plan_id AS id, pp.title, pp.fiscal_years, pp.as_of, op.organization_id,
                       op.name AS organization, op.prefecture, op.kind, pp.plan_type, pp.snapshot_id,
                       pp.published_as_of, r.fiscal_year, r.grade_a, r.grade_b, r.grade_c, r.grade_d, r.ungraded,
                       r.initiatives, r.indicators
                """ + PLANS + """
                LEFT JOIN snapshot_rollup r ON r.snapshot_id = pp.snapshot_id AND r.section_path = ''
                """ + WHERE + """

                ORDER BY op.name, pp.plan_id LIMIT :limit OFFSET :offset""")
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
        int total = jdbc.sql("SELECT count(DISTINCT op.organization_id) " + PUBLISHED).params(params(filter)).query(Integer.class)
                .single();
        List<OrganizationFigures> rows = jdbc.sql("""
                SELECT op.organization_id AS id, op.name, op.prefecture, op.kind, count(*) AS plans,
                       sum(r.grade_a) AS grade_a, sum(r.grade_b) AS grade_b, sum(r.grade_c) AS grade_c,
                       sum(r.grade_d) AS grade_d, sum(r.ungraded) AS ungraded
                """ + PUBLISHED + """

                GROUP BY op.organization_id, op.name, op.prefecture, op.kind
                ORDER BY op.name, op.organization_id LIMIT :limit OFFSET :offset""")
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
