-- Commands received from field devices. A row is written as the first statement of the command's
-- own transaction and commits with its effects, so a stored row means "applied", and a resend with
-- the same id finds it (or waits for it on the primary key while the first copy is in flight).
CREATE TABLE sync_commands (
  id uuid PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  type text NOT NULL,
  format_version integer NOT NULL,
  payload_hash text NOT NULL CHECK (payload_hash ~ '^[0-9a-f]{64}$'),
  result jsonb,
  device_time timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_commands_device_idx ON sync_commands (device_id, received_at);

-- What changed, for devices to pull: appended by services in the transaction of the change. `seq`
-- orders rows but is not commit order; `tx` (the writing transaction) lets a pull read only rows of
-- transactions that have all ended, below the snapshot's xmin horizon.
CREATE TABLE change_log (
  seq bigserial PRIMARY KEY,
  centre_id uuid NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL CHECK (op IN ('upsert', 'delete')),
  person_id uuid,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_centre_tx_idx ON change_log (centre_id, tx);
CREATE INDEX change_log_at_idx ON change_log (at);

-- Rows below this transaction horizon may have been pruned: older checkpoints get a full snapshot.
CREATE TABLE change_log_horizon (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  pruned_before xid8 NOT NULL
);
INSERT INTO change_log_horizon (pruned_before) VALUES ('0');
