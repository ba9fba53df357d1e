-- Field devices: the browser of one person on one laptop, registered while online. The device makes
-- its own id (UUIDv7). Its credential is a random token kept on the device; here only its SHA-256.
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  label text NOT NULL,
  credential_hash text NOT NULL UNIQUE,
  registered_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES persons (id)
);
CREATE INDEX devices_centre_idx ON devices (centre_id);
CREATE INDEX devices_person_idx ON devices (person_id);
