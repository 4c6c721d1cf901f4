-- A KPI table mapping saved under a name by an organisation, so that next year's file of the same
-- layout imports in one step (import --mapping NAME). The mapping is the JSON of docs/import-template.md.
CREATE TABLE table_mapping (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    name            text NOT NULL CHECK (name <> ''),
    mapping         jsonb NOT NULL,
    saved_by        text NOT NULL,
    saved_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);
