-- The public lists read only the rollup module's own tables: each government's name and each
-- plan's heading and latest snapshot are copied here when a plan is stored or published (and
-- checked against their owners at start), instead of being joined from organization, plan and
-- snapshot on every page. This fills the copies of the rows that exist; governments and plans
-- without a profile yet get theirs, with the copies, at the next start.
ALTER TABLE organization_profile ADD COLUMN name text;
UPDATE organization_profile f SET name = o.name FROM organization o WHERE o.id = f.organization_id;
ALTER TABLE organization_profile ALTER COLUMN name SET NOT NULL;
CREATE INDEX organization_profile_name ON organization_profile (name, organization_id);

ALTER TABLE plan_profile ADD COLUMN organization_id bigint REFERENCES organization (id) ON DELETE CASCADE;
ALTER TABLE plan_profile ADD COLUMN title text;
ALTER TABLE plan_profile ADD COLUMN as_of date;
ALTER TABLE plan_profile ADD COLUMN fiscal_years integer[] NOT NULL DEFAULT '{}';
-- the snapshot published last, which the lists show; null for a plan never published
ALTER TABLE plan_profile ADD COLUMN snapshot_id bigint REFERENCES snapshot (id) ON DELETE SET NULL;
ALTER TABLE plan_profile ADD COLUMN published_as_of date;
UPDATE plan_profile f SET organization_id = p.organization_id, title = p.title, as_of = p.as_of,
       fiscal_years = p.fiscal_years
FROM plan p WHERE p.id = f.plan_id;
UPDATE plan_profile f SET snapshot_id = s.id, published_as_of = s.as_of
FROM (SELECT DISTINCT ON (plan_id) plan_id, id, as_of FROM snapshot ORDER BY plan_id, id DESC) s
WHERE s.plan_id = f.plan_id;
ALTER TABLE plan_profile ALTER COLUMN organization_id SET NOT NULL;
ALTER TABLE plan_profile ALTER COLUMN title SET NOT NULL;
CREATE INDEX plan_profile_organization ON plan_profile (organization_id, plan_id);
