-- What the visit commands need beyond 0350: the content of each application and visit outcome as it
-- first arrived, so that the same record sent again under another command id is recognised (the same
-- content is a duplicate, other content a conflict), and what a finished visit produced.

-- SHA-256 of the canonical JSON of the registration (payload and declared files). Null for
-- applications registered in the office.
ALTER TABLE applications ADD COLUMN content_hash text CHECK (content_hash ~ '^[0-9a-f]{64}$');

ALTER TABLE visit_reports ADD COLUMN finish_hash text CHECK (finish_hash ~ '^[0-9a-f]{64}$');
ALTER TABLE visit_reports ADD COLUMN request_state text;          -- the request's state the outcome led to
ALTER TABLE visit_reports ADD COLUMN follow_up_request_id uuid REFERENCES requests (id);
ALTER TABLE visit_reports ADD COLUMN incident_id uuid REFERENCES incidents (id);
ALTER TABLE visit_reports ADD COLUMN conflict_detected_at timestamptz;

-- Incidents reported from the field carry the device's id and the visit they happened at.
ALTER TABLE incidents ADD COLUMN visit_id uuid REFERENCES visits (id);
