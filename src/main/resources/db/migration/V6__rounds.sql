-- The yearly reporting round (照会): the planning division asks each department that owns
-- initiatives of a plan for its actuals and notes, reviews them and publishes the plan as of a date.
CREATE TABLE round (
    id                      bigserial PRIMARY KEY,
    plan_id                 bigint NOT NULL REFERENCES plan (id),
    organization_id         bigint NOT NULL REFERENCES organization (id),
    title                   text NOT NULL,
    as_of                   date NOT NULL,
    deadline                date NOT NULL,
    fiscal_year             integer NOT NULL,
    state                   text NOT NULL CHECK (state IN ('open', 'published')),
    opened_by               text NOT NULL,
    opened_at               timestamptz NOT NULL DEFAULT now(),
    published_snapshot_id   bigint REFERENCES snapshot (id),
    reminded_at             timestamptz
);
CREATE UNIQUE INDEX round_one_open_per_plan ON round (plan_id) WHERE state = 'open';

-- One department's part of a round, and every step it went through.
CREATE TABLE round_task (
    id              bigserial PRIMARY KEY,
    round_id        bigint NOT NULL REFERENCES round (id),
    department_id   bigint NOT NULL REFERENCES department (id),
    state           text NOT NULL CHECK (state IN ('not_started', 'in_progress', 'submitted', 'returned', 'approved')),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (round_id, department_id)
);

CREATE TABLE round_step (
    id          bigserial PRIMARY KEY,
    task_id     bigint NOT NULL REFERENCES round_task (id),
    recorded_at timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    action      text NOT NULL,
    comment     text
);
CREATE INDEX round_step_task ON round_step (task_id, id);

-- What the staff home page tells an organisation or one of its departments (and mail, when configured).
CREATE TABLE notice (
    id              bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    department_id   bigint REFERENCES department (id),
    round_id        bigint REFERENCES round (id),
    message         text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notice_organization ON notice (organization_id, id DESC);
