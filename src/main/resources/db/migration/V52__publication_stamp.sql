-- One number that changes whenever anything the public could see may have changed, so that every
-- instance sharing this database knows when its page cache is out of date with one cheap read.
--
-- Every table but those of logins, sessions and staff work carries a statement trigger (installed
-- by afterMigrate__publication_triggers.sql, so tables added later get it too) that marks the
-- transaction in publication_change; a deferred trigger on that mark bumps the stamp once, at
-- commit. The stamp's row is so locked only for the instant of a commit, never while a
-- transaction waits on other locks, and a reader sees the new number only once the change is
-- visible.

CREATE TABLE publication_stamp (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version     bigint NOT NULL
);
INSERT INTO publication_stamp (version) VALUES (1);

CREATE TABLE publication_change (
    transaction_id  xid8 PRIMARY KEY
);

CREATE FUNCTION publication_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO publication_change (transaction_id) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION publication_committing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE publication_stamp SET version = version + 1;
    DELETE FROM publication_change WHERE transaction_id = NEW.transaction_id;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER publication_committing AFTER INSERT ON publication_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION publication_committing();
