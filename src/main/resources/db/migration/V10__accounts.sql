-- Staff accounts and the departments a department editor serves.
-- A system administrator belongs to no organization; every other role belongs to exactly one.
CREATE TABLE account (
    id                      bigserial PRIMARY KEY,
    username                text NOT NULL,
    password_hash           text NOT NULL,
    role                    text NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'ORG_ADMIN', 'REVIEWER', 'DEPARTMENT_EDITOR', 'VIEWER')),
    organization_id         bigint REFERENCES organization (id),
    enabled                 boolean NOT NULL DEFAULT true,
    must_change_password    boolean NOT NULL DEFAULT false,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'SYSTEM_ADMIN') = (organization_id IS NULL))
);
-- Usernames are compared without case, so that Admin and admin cannot be two people.
CREATE UNIQUE INDEX account_username ON account (lower(username));
CREATE INDEX account_organization ON account (organization_id);

CREATE TABLE account_department (
    account_id      bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    department_id   bigint NOT NULL REFERENCES department (id),
    PRIMARY KEY (account_id, department_id)
);
CREATE INDEX account_department_department ON account_department (department_id);

-- Failed logins per typed username, whether or not such an account exists: throttling unknown
-- names exactly like known ones is what keeps the login from revealing which names exist.
CREATE TABLE login_throttle (
    username_key        text PRIMARY KEY,
    failed_attempts     integer NOT NULL,
    last_failure_at     timestamptz NOT NULL,
    locked_at           timestamptz
);
