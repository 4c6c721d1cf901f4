-- Figures the public lists read instead of evaluating plans per request: counts per grade of each
-- published snapshot, for the whole plan (section_path '') and each section ('1', '1.2', … by
-- position), computed once when the snapshot is published. A snapshot never changes, so neither
-- do its rows.
CREATE TABLE snapshot_rollup (
    snapshot_id     bigint NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    section_path    text NOT NULL,
    section_label   text,
    section_title   text,
    fiscal_year     integer,
    grade_a         integer NOT NULL,
    grade_b         integer NOT NULL,
    grade_c         integer NOT NULL,
    grade_d         integer NOT NULL,
    ungraded        integer NOT NULL,
    initiatives     integer NOT NULL,
    indicators      integer NOT NULL,
    PRIMARY KEY (snapshot_id, section_path)
);

-- What lists filter governments and plans by. Filled with values inferred from the names when a
-- government or plan is first seen; a value set by hand is kept.
CREATE TABLE organization_profile (
    organization_id bigint PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    prefecture      text,
    kind            text NOT NULL CHECK (kind IN ('prefecture', 'municipality'))
);
CREATE INDEX organization_profile_prefecture ON organization_profile (prefecture);

CREATE TABLE plan_profile (
    plan_id     bigint PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    plan_type   text NOT NULL CHECK (plan_type IN ('manifesto', 'reform', 'dx', 'other'))
);

CREATE INDEX snapshot_plan_latest ON snapshot (plan_id, id DESC);
