-- The licence each organisation publishes its open data under. Rows are only added: the newest is
-- in force, the older ones say who chose what before. With no row, the data is CC BY 4.0.
CREATE TABLE opendata_licence (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    name            text NOT NULL CHECK (name <> ''),
    url             text,
    set_by          text NOT NULL,
    set_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX opendata_licence_organization ON opendata_licence (organization_id, id DESC);
