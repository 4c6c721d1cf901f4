-- The audit log: one row for every write, login, export and publication. Rows are only added;
-- the application never updates or deletes them.
CREATE TABLE audit_entry (
    id              bigserial PRIMARY KEY,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    actor           text NOT NULL,
    organization_id bigint REFERENCES organization (id),
    action          text NOT NULL,
    subject         text,
    detail          text
);
CREATE INDEX audit_entry_organization ON audit_entry (organization_id, id DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
