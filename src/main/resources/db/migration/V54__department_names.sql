-- Every name a department has borne, and when. A published snapshot names departments as they were
-- called when it was published, so after a rename (or a merge) the public pages still find a
-- department in the reports published before it by the names it had then.
--
-- valid_from is null for the names departments already had when this table was made (borne since
-- before names were kept); valid_until is null for the name a department bears now. merged marks
-- a name borne by another department that was merged into this one.
CREATE TABLE department_name (
    id              bigserial PRIMARY KEY,
    department_id   bigint NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    name            text NOT NULL,
    valid_from      timestamptz,
    valid_until     timestamptz,
    merged          boolean NOT NULL DEFAULT false,
    CHECK (valid_until IS NOT NULL OR NOT merged),
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until)
);
CREATE UNIQUE INDEX department_name_current ON department_name (department_id) WHERE valid_until IS NULL;
CREATE INDEX department_name_department ON department_name (department_id);

INSERT INTO department_name (department_id, name) SELECT id, name FROM department;

-- Kept by the database rather than by each writer, so that every way a department is created or
-- renamed (an import, the registry screen, the API) leaves its history complete. The clock, not the
-- transaction's start, dates a rename: a snapshot published earlier has an earlier published_at.
CREATE FUNCTION department_named() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    at timestamptz := clock_timestamp();
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE department_name SET valid_until = at WHERE department_id = NEW.id AND valid_until IS NULL;
    END IF;
    INSERT INTO department_name (department_id, name, valid_from) VALUES (NEW.id, NEW.name, at);
    RETURN NULL;
END $$;

CREATE TRIGGER department_created AFTER INSERT ON department
    FOR EACH ROW EXECUTE FUNCTION department_named();
-- an import's upsert sets the same name again: that is no rename
CREATE TRIGGER department_renamed AFTER UPDATE OF name ON department
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION department_named();
