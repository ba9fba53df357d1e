-- Files received from the field. The bytes live in the content-addressed file store under their
-- SHA-256; a row here says the file of this id arrived complete and verified.
CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size > 0),
  media_type text NOT NULL,
  centre_id uuid NOT NULL REFERENCES centres (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  device_id uuid REFERENCES devices (id),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_centre_sha_idx ON attachments (centre_id, sha256);

-- The files a record (its owner) declared. The owner counts as received only when every declared
-- file is in `attachments` with the same digest and size, whichever arrived first.
CREATE TABLE attachment_manifest (
  owner_type text NOT NULL,
  owner_id uuid NOT NULL,
  attachment_id uuid NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL,
  media_type text NOT NULL,
  centre_id uuid NOT NULL REFERENCES centres (id),
  device_id uuid REFERENCES devices (id),
  declared_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_type, owner_id, attachment_id)
);
CREATE INDEX attachment_manifest_attachment_idx ON attachment_manifest (attachment_id);
CREATE INDEX attachment_manifest_device_idx ON attachment_manifest (device_id);
