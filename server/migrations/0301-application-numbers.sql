-- Logbook numbers: one running sequence per centre and year, drawn by the office one at a time and
-- by field devices in blocks reserved in advance. Every number used is recorded once; the primary
-- key of application_number_uses is what makes a number impossible to use twice.
CREATE TABLE application_number_counters (
  centre_id uuid NOT NULL REFERENCES centres (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_value integer NOT NULL CHECK (last_value BETWEEN 0 AND 999999),
  PRIMARY KEY (centre_id, year)
);

CREATE TABLE application_number_blocks (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  year integer NOT NULL,
  device_id uuid NOT NULL REFERENCES devices (id),
  first_value integer NOT NULL,
  last_value integer NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  released_at timestamptz,
  CHECK (first_value >= 1 AND last_value >= first_value AND last_value <= 999999),
  CONSTRAINT application_number_blocks_disjoint EXCLUDE USING gist (
    centre_id WITH =, year WITH =, int4range(first_value, last_value, '[]') WITH &&)
);
CREATE INDEX application_number_blocks_device_idx ON application_number_blocks (device_id, year);

CREATE TABLE application_number_uses (
  centre_id uuid NOT NULL REFERENCES centres (id),
  year integer NOT NULL,
  value integer NOT NULL,
  device_id uuid REFERENCES devices (id),
  command_id uuid,
  used_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, year, value)
);
