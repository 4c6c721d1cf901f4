-- After every migration: each table that may hold something public marks the publication stamp
-- as changed (see V52__publication_stamp.sql). Tables of logins, sessions, staff work and the
-- stamp itself are left out; a table added by a later migration is covered without naming it.
-- Only missing triggers are created, so a start with nothing new takes no table lock.
DO $$
DECLARE
    t text;
BEGIN
    IF to_regclass('publication_stamp') IS NULL THEN
        RETURN;
    END IF;
    FOR t IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
          AND c.relname NOT IN ('flyway_schema_history', 'publication_stamp', 'publication_change',
                                'account', 'account_department', 'login_throttle', 'spring_session',
                                'spring_session_attributes', 'audit_entry', 'notice', 'round', 'round_task',
                                'round_step', 'table_mapping', 'plan_revision', 'initiative_revision')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'publication_touched')
    LOOP
        EXECUTE format('CREATE TRIGGER publication_touched AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION publication_touched()', t);
    END LOOP;
END $$;
