-- Plans as governments publish them: organization → plan → section tree → initiative → indicator.
-- Every import is also kept whole in plan_revision, so no version of a plan is ever lost.

CREATE TABLE organization (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One registry per organization: the same name is the same department across plans.
CREATE TABLE department (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    name            text NOT NULL,
    UNIQUE (organization_id, name)
);

CREATE TABLE plan (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    title           text NOT NULL,
    as_of           date,
    fiscal_years    integer[] NOT NULL DEFAULT '{}',
    source_file     text,
    source_layout   text,
    revision        integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, title)
);

CREATE TABLE plan_text (
    plan_id     bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    label       text NOT NULL,
    body        text NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE section (
    id          bigserial PRIMARY KEY,
    plan_id     bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_id   bigint REFERENCES section (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    label       text,
    title       text
);
CREATE INDEX section_plan ON section (plan_id);

CREATE TABLE section_text (
    section_id  bigint NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    label       text NOT NULL,
    body        text NOT NULL,
    PRIMARY KEY (section_id, position)
);

CREATE TABLE initiative (
    id                  bigserial PRIMARY KEY,
    plan_id             bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    section_id          bigint NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    position            integer NOT NULL,
    code                text,
    label               text,
    title               text NOT NULL,
    target_fiscal_year  integer
);
CREATE INDEX initiative_plan ON initiative (plan_id);
CREATE INDEX initiative_section ON initiative (section_id);

CREATE TABLE initiative_department (
    initiative_id   bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('owner', 'related')),
    position        integer NOT NULL,
    department_id   bigint NOT NULL REFERENCES department (id),
    PRIMARY KEY (initiative_id, role, position)
);
CREATE INDEX initiative_department_department ON initiative_department (department_id);

CREATE TABLE contact (
    initiative_id   bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    department_id   bigint NOT NULL REFERENCES department (id),
    phone           text,
    note            text,
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE initiative_text (
    initiative_id   bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    label           text NOT NULL,
    body            text NOT NULL,
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE schedule_row (
    initiative_id   bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    task            text NOT NULL,
    fiscal_years    integer[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE indicator (
    id                      bigserial PRIMARY KEY,
    initiative_id           bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position                integer NOT NULL,
    label                   text,
    name                    text NOT NULL,
    note                    text,
    baseline_fiscal_year    integer,
    baseline_text           text,
    baseline_number         numeric,
    baseline_unit           text
);
CREATE INDEX indicator_initiative ON indicator (initiative_id);

-- A value keeps the cell's original text beside the number and unit read from it.
CREATE TABLE indicator_value (
    indicator_id    bigint NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    fiscal_year     integer NOT NULL,
    name            text,
    target_text     text,
    target_number   numeric,
    target_unit     text,
    actual_text     text,
    actual_number   numeric,
    actual_unit     text,
    PRIMARY KEY (indicator_id, fiscal_year)
);

-- Every version of every plan, whole, as the plan document it was imported as.
CREATE TABLE plan_revision (
    id          bigserial PRIMARY KEY,
    plan_id     bigint NOT NULL REFERENCES plan (id),
    revision    integer NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    action      text NOT NULL,
    source_file text,
    document    jsonb NOT NULL,
    UNIQUE (plan_id, revision)
);
