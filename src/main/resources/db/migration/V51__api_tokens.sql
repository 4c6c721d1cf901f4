-- API tokens: programs authenticate to /api/v1 as a staff account with "Authorization: Bearer …".
-- Only the SHA-256 of a token is kept (a token is 256 random bits, so a fast hash is enough); the
-- token itself is shown once, when it is made. "prefix" is its first characters, for telling
-- tokens apart in lists without revealing them.
-- A token is honoured only while its account is enabled (accounts are disabled, never deleted).
CREATE TABLE api_token (
    id              bigserial PRIMARY KEY,
    account_id      bigint NOT NULL REFERENCES account (id),
    name            text NOT NULL,
    token_hash      text NOT NULL UNIQUE,
    prefix          text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    revoked_by      text,
    last_used_at    timestamptz
);
CREATE INDEX api_token_account ON api_token (account_id);
