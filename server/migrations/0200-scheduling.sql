-- Scheduling: the centre's own calendar days, staff hours and absences, routing settings, outreach
-- schedules and their sessions, visits, the bookings that keep people and kits from being in two
-- places at once, day plans with their immutable approvals, and kit checks before departure.

ALTER TABLE centres ADD COLUMN lat double precision CHECK (lat BETWEEN -90 AND 90);
ALTER TABLE centres ADD COLUMN lon double precision CHECK (lon BETWEEN -180 AND 180);
ALTER TABLE centres ADD COLUMN routing jsonb NOT NULL
  DEFAULT '{"roadFactor": 1.3, "speedKmh": 40, "serviceUrl": null}';

-- Routes start and end at the centre: until a head sets its point, the community's first locality
-- with coordinates stands in.
UPDATE centres c SET lat = first.lat, lon = first.lon
FROM (
  SELECT DISTINCT ON (community_id) community_id, lat, lon
  FROM localities WHERE lat IS NOT NULL AND lon IS NOT NULL
  ORDER BY community_id, created_at, id
) first
WHERE first.community_id = c.community_id AND c.lat IS NULL;

CREATE TABLE centre_calendar_days (
  centre_id uuid NOT NULL REFERENCES centres (id),
  day date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('day_off', 'working_day')),
  note text,
  created_by uuid REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, day)
);

-- A person's own weekly hours; a person without a row follows the centre's hours.
CREATE TABLE staff_hours (
  person_id uuid PRIMARY KEY REFERENCES persons (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  hours jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_absences (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('leave', 'sick', 'training', 'other')),
  note text,
  created_by uuid REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_on <= ends_on)
);
CREATE INDEX staff_absences_person_idx ON staff_absences (person_id, starts_on);
CREATE INDEX staff_absences_centre_idx ON staff_absences (centre_id, starts_on);

CREATE TABLE outreach_schedules (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  outreach_point_id uuid NOT NULL REFERENCES outreach_points (id),
  rule jsonb NOT NULL,
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text NOT NULL CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  valid_from date NOT NULL,
  valid_until date,
  exceptions jsonb NOT NULL DEFAULT '[]',
  staff_ids jsonb NOT NULL,
  kit_id uuid NOT NULL REFERENCES kits (id),
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (start_time < end_time),
  CHECK (valid_until IS NULL OR valid_from <= valid_until)
);
CREATE INDEX outreach_schedules_centre_idx ON outreach_schedules (centre_id);

-- Occurrences of a schedule, materialised for a horizon so that people can be booked into them.
CREATE TABLE outreach_sessions (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  schedule_id uuid NOT NULL REFERENCES outreach_schedules (id),
  outreach_point_id uuid NOT NULL REFERENCES outreach_points (id),
  day date NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  kit_id uuid NOT NULL REFERENCES kits (id),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
  cancel_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_at < ends_at),
  UNIQUE (schedule_id, day)
);
CREATE INDEX outreach_sessions_centre_day_idx ON outreach_sessions (centre_id, day);

-- A request placed on a day: at home (own window, crew and kit) or booked into an outreach session
-- (the session's window, crew and kit).
CREATE TABLE visits (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  request_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('home', 'outreach')),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
  day date NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  kit_id uuid NOT NULL REFERENCES kits (id),
  outreach_session_id uuid REFERENCES outreach_sessions (id),
  companions jsonb NOT NULL DEFAULT '[]',
  service_minutes integer NOT NULL CHECK (service_minutes > 0),
  sequence integer,
  override_reason text,
  cancel_reason text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_at < ends_at),
  CHECK ((kind = 'outreach') = (outreach_session_id IS NOT NULL))
);
CREATE INDEX visits_centre_day_idx ON visits (centre_id, day);
CREATE INDEX visits_session_idx ON visits (outreach_session_id) WHERE outreach_session_id IS NOT NULL;
-- One planned visit per request at a time: two planners placing the same request leave one.
CREATE UNIQUE INDEX visits_one_planned_per_request ON visits (request_id) WHERE status = 'planned';

-- Who is where, when. Visits and outreach sessions both book people and kits here, so the
-- exclusion constraints below refuse a double booking whoever writes it, however concurrently.
-- A cancelled visit or session releases its bookings and keeps them for the record.
CREATE TABLE staff_bookings (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  role text NOT NULL CHECK (role IN ('crew', 'escort', 'witness', 'partner')),
  during tstzrange NOT NULL CHECK (NOT isempty(during)),
  visit_id uuid REFERENCES visits (id),
  session_id uuid REFERENCES outreach_sessions (id),
  released boolean NOT NULL DEFAULT false,
  CHECK (num_nonnulls(visit_id, session_id) = 1),
  CONSTRAINT staff_bookings_no_overlap
    EXCLUDE USING gist (person_id WITH =, during WITH &&) WHERE (NOT released)
);
CREATE INDEX staff_bookings_visit_idx ON staff_bookings (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX staff_bookings_session_idx ON staff_bookings (session_id) WHERE session_id IS NOT NULL;

CREATE TABLE kit_bookings (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  kit_id uuid NOT NULL REFERENCES kits (id),
  during tstzrange NOT NULL CHECK (NOT isempty(during)),
  visit_id uuid REFERENCES visits (id),
  session_id uuid REFERENCES outreach_sessions (id),
  released boolean NOT NULL DEFAULT false,
  CHECK (num_nonnulls(visit_id, session_id) = 1),
  CONSTRAINT kit_bookings_no_overlap
    EXCLUDE USING gist (kit_id WITH =, during WITH &&) WHERE (NOT released)
);
CREATE INDEX kit_bookings_visit_idx ON kit_bookings (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX kit_bookings_session_idx ON kit_bookings (session_id) WHERE session_id IS NOT NULL;

-- A centre's plan of one day. Every change to the day's visits or sessions raises its version; a
-- change after approval makes it `changed` until the head approves it again.
CREATE TABLE plans (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  day date NOT NULL,
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved', 'changed')),
  version integer NOT NULL DEFAULT 1,
  approvals integer NOT NULL DEFAULT 0,
  approved_at timestamptz,
  approved_by uuid REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (centre_id, day)
);

-- What the head approved, as the field receives it. Never changed: a later approval adds a row.
CREATE TABLE plan_approvals (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES plans (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  day date NOT NULL,
  number integer NOT NULL,
  plan_version integer NOT NULL,
  snapshot jsonb NOT NULL,
  kit_reasons jsonb NOT NULL DEFAULT '[]',
  approved_by uuid NOT NULL REFERENCES persons (id),
  approved_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, number)
);
CREATE INDEX plan_approvals_centre_day_idx ON plan_approvals (centre_id, day, number DESC);

CREATE FUNCTION plan_approvals_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'plan_approvals is append-only';
END;
$$;
CREATE TRIGGER plan_approvals_no_change BEFORE UPDATE OR DELETE ON plan_approvals
  FOR EACH ROW EXECUTE FUNCTION plan_approvals_immutable();

-- Checks before departure; the latest check of a kit for a day counts.
CREATE TABLE kit_checks (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  kit_id uuid NOT NULL REFERENCES kits (id),
  day date NOT NULL,
  items jsonb NOT NULL,
  ready boolean NOT NULL,
  notes text,
  checked_by uuid NOT NULL REFERENCES persons (id),
  checked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kit_checks_kit_day_idx ON kit_checks (kit_id, day, checked_at DESC);
