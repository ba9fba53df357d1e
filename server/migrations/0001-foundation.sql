-- Foundation: organisations, staff, sessions, sign-in throttling and the audit trail.
-- Ids are UUIDv7 made by the application (PostgreSQL 15 has no uuidv7()).

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE regions (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  name_en text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE communities (
  id uuid PRIMARY KEY,
  region_id uuid NOT NULL REFERENCES regions (id),
  name text NOT NULL,
  katotth text CHECK (katotth ~ '^UA[0-9]{17}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX communities_region_idx ON communities (region_id);

-- Settlements of a community. The centre point stands in for addresses without coordinates.
CREATE TABLE localities (
  id uuid PRIMARY KEY,
  community_id uuid NOT NULL REFERENCES communities (id),
  name text NOT NULL,
  katotth text CHECK (katotth ~ '^UA[0-9]{17}$'),
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  remote boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (community_id, name)
);

CREATE TABLE centres (
  id uuid PRIMARY KEY,
  community_id uuid NOT NULL REFERENCES communities (id),
  code text NOT NULL UNIQUE,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  address text,
  phone text,
  email text,
  timezone text NOT NULL DEFAULT 'Europe/Kyiv',
  working_hours jsonb NOT NULL,
  martial_law boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX centres_community_idx ON centres (community_id);

-- Staff. A centre person has centre_id; a regional observer has region_id; a platform admin neither.
CREATE TABLE persons (
  id uuid PRIMARY KEY,
  centre_id uuid REFERENCES centres (id),
  region_id uuid REFERENCES regions (id),
  name text NOT NULL,
  login text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  phone text,
  email text,
  locale text NOT NULL DEFAULT 'uk' CHECK (locale IN ('uk', 'en')),
  active boolean NOT NULL DEFAULT true,
  password_changed_at timestamptz,
  deactivated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_centre_idx ON persons (centre_id);

CREATE TABLE person_roles (
  person_id uuid NOT NULL REFERENCES persons (id),
  role text NOT NULL CHECK (role IN ('operator', 'administrator', 'head', 'technician', 'quality',
                                     'comms', 'regional_observer', 'platform_admin')),
  PRIMARY KEY (person_id, role)
);

-- Server-side sessions. The id is the SHA-256 of the cookie's token, so a copy of this table
-- does not let anyone sign in.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_person_idx ON sessions (person_id);

-- Failed sign-ins per login, existing or not, so that a lockout never tells whether a login exists.
CREATE TABLE login_throttle (
  login text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  first_failure_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz
);

CREATE TABLE kits (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  code text NOT NULL,
  inventory_number text,
  components jsonb NOT NULL DEFAULT '[]',
  notes text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (centre_id, code)
);

CREATE TABLE outreach_points (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  name text NOT NULL,
  address text NOT NULL,
  locality_id uuid REFERENCES localities (id),
  usual_hours text,
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outreach_points_centre_idx ON outreach_points (centre_id);

-- The audit trail: who did or saw what, when, from which device. Written in the same transaction
-- as the change it records, and never changed afterwards.
CREATE TABLE audit_log (
  id uuid PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  centre_id uuid,
  actor_id uuid,
  device_id uuid,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text,
  details jsonb
);
CREATE INDEX audit_log_centre_idx ON audit_log (centre_id, id DESC);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
