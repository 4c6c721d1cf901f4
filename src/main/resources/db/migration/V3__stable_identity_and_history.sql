-- Rows keep their ids across re-imports and edits, so rounds, decisions and links can point at them.
-- Each initiative carries a version for optimistic locking: a save names the version it started from.
ALTER TABLE initiative ADD COLUMN version integer NOT NULL DEFAULT 1;

-- A value entered in the application (not read from a document) names who entered it and when; a
-- re-import may not silently overwrite it. The note is the department's remark on that year.
ALTER TABLE indicator_value ADD COLUMN note text;
ALTER TABLE indicator_value ADD COLUMN entered_by text;
ALTER TABLE indicator_value ADD COLUMN entered_at timestamptz;

-- Every version of every initiative, whole, as the initiative part of the plan document. Kept when
-- the initiative itself is deleted (no foreign key to it), so nothing is ever lost.
CREATE TABLE initiative_revision (
    id              bigserial PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id),
    initiative_id   bigint NOT NULL,
    version         integer NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    actor           text NOT NULL,
    action          text NOT NULL,
    reason          text,
    document        jsonb,
    UNIQUE (initiative_id, version)
);
CREATE INDEX initiative_revision_plan ON initiative_revision (plan_id, id);
