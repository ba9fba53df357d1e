-- Health reports of field devices (the `device.report` command): storage use and unsent work.
CREATE TABLE device_reports (
  id uuid PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  reported_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  app_version text NOT NULL,
  storage_used_bytes bigint NOT NULL,
  storage_quota_bytes bigint,
  storage_persisted boolean,
  unsent_commands integer NOT NULL,
  unsent_attachments integer NOT NULL
);
CREATE INDEX device_reports_device_idx ON device_reports (device_id, reported_at DESC);
