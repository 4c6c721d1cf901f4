package jp.shinchoku.opendata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each organisation's open-data licence; every change is a new row, the newest in force. */
@Repository
public class LicenceStore {

    private final JdbcClient jdbc;

    public LicenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Licence licence(String organization) {
        return jdbc.sql("""
                SELECT l.name, l.url FROM opendata_licence l JOIN organization o ON o.id = l.organization_id
                WHERE o.name = ? ORDER BY l.id DESC LIMIT 1""")
                .param(organization)
                .query((rs, n) -> new Licence(rs.getString("name"), rs.getString("url")))
                .optional().orElse(Licence.DEFAULT);
    }

    /** Sets an organisation's licence; false when there is no such organisation. */
    public boolean set(String organization, Licence licence, String setBy) {
        return jdbc.sql("""
                INSERT INTO opendata_licence (organization_id, name, url, set_by)
                SELECT id, ?, ?, ? FROM organization WHERE name = ?""")
                .params(licence.name(), licence.url(), setBy, organization)
                .update() == 1;
    }
}
