-- A published report: the plan, evaluated, as of a date. Never changed after it is written.
CREATE TABLE snapshot (
    id              bigserial PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id),
    as_of           date NOT NULL,
    title           text NOT NULL,
    published_at    timestamptz NOT NULL DEFAULT now(),
    published_by    text NOT NULL,
    round_id        bigint,
    document        jsonb NOT NULL
);
CREATE INDEX snapshot_plan ON snapshot (plan_id, as_of DESC, id DESC);

CREATE FUNCTION snapshot_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published snapshot is never changed';
END $$;
CREATE TRIGGER snapshot_immutable BEFORE UPDATE ON snapshot
    FOR EACH ROW EXECUTE FUNCTION snapshot_is_immutable();
