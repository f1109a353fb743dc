-- Care Graph: one schema and one login role per service, each role with rights in its own schema only.
-- Idempotent: docker compose runs it on a new volume (POSTGRES_DB=care); `pnpm start` runs it on every start.
-- Development passwords equal the role names; production sets real ones (ALTER ROLE ... PASSWORD).

DO $$
DECLARE
  svc record;
BEGIN
  FOR svc IN SELECT * FROM (VALUES
      ('care_complaints', 'complaints'),
      ('care_loyalty', 'loyalty'),
      ('care_approvals', 'approvals'),
      ('care_governance', 'governance')) AS s(role_name, schema_name)
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = svc.role_name) THEN
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE', svc.role_name, svc.role_name);
    END IF;
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', svc.schema_name, svc.role_name);
    -- The role owns its schema (and so everything it creates there); nobody else gets any right in it.
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', svc.schema_name, svc.role_name);
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', svc.schema_name);
    -- Unqualified names resolve to the service's own schema.
    EXECUTE format('ALTER ROLE %I SET search_path = %I', svc.role_name, svc.schema_name);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), svc.role_name);
  END LOOP;
END
$$;

-- No service keeps anything in public.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
