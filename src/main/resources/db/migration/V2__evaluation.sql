-- What people decide about indicators. Rows are only ever added: the newest row for a key is in
-- force, and the older ones remain as the history of who decided what and why.

-- An organisation's grade thresholds (percent) and how initiative grades roll up.
CREATE TABLE grading (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    grade_a         numeric NOT NULL,
    grade_b         numeric NOT NULL,
    grade_c         numeric NOT NULL,
    roll_up         text NOT NULL CHECK (roll_up IN ('worst', 'average')),
    set_by          text NOT NULL,
    set_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (grade_a >= grade_b AND grade_b >= grade_c AND grade_c >= 0)
);
CREATE INDEX grading_organization ON grading (organization_id, id DESC);

-- A direction set by hand, for an indicator named by its initiative's key (code, or title) and its label.
CREATE TABLE direction_override (
    id              bigserial PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id),
    initiative_key  text NOT NULL,
    indicator_key   text NOT NULL,
    direction       text CHECK (direction IN ('increase', 'decrease', 'maintain', 'qualitative')),
    reason          text NOT NULL,
    set_by          text NOT NULL,
    set_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX direction_override_key ON direction_override (plan_id, initiative_key, indicator_key, id DESC);

-- A person's grade for one fiscal year of an indicator, with the reason; grade NULL withdraws it.
CREATE TABLE judgement (
    id              bigserial PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id),
    initiative_key  text NOT NULL,
    indicator_key   text NOT NULL,
    fiscal_year     integer NOT NULL,
    grade           text CHECK (grade IN ('A', 'B', 'C', 'D')),
    reason          text NOT NULL,
    judged_by       text NOT NULL,
    judged_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX judgement_key ON judgement (plan_id, initiative_key, indicator_key, fiscal_year, id DESC);
