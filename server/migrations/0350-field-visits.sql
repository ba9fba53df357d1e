-- What the field sends back from a visit, and the applications (the logbook's rows) it registers.
-- Every id here is made on the device (UUIDv7), so a resent command finds its own row.

-- The field's record of one planned visit: arrival, outcome, and whether the office changed the visit
-- while the field was carrying it out offline (a conflict kept in full for the head, never discarded).
CREATE TABLE visit_reports (
  visit_id uuid PRIMARY KEY REFERENCES visits (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  request_id uuid NOT NULL REFERENCES requests (id),
  administrator_id uuid NOT NULL REFERENCES persons (id),
  device_id uuid REFERENCES devices (id),
  arrived_at timestamptz,                -- device clock, recorded as told
  arrived_position jsonb,                -- {"lat","lon","accuracyM"} when the administrator allowed it
  outcome text CHECK (outcome IN ('completed', 'partly_completed', 'cancelled')),
  cancel_reason text CHECK (cancel_reason IN ('absent', 'documents_missing', 'not_eligible',
    'false_call', 'doubtful_capacity', 'aggression', 'technical_failure', 'declined')),
  outcome_note text,
  witness jsonb,                         -- doubtful capacity: {"name","role"}
  capacity_act text,                     -- doubtful capacity: the free-form act
  finished_at timestamptz,               -- device clock
  received_at timestamptz NOT NULL DEFAULT now(),  -- server clock
  conflict text CHECK (conflict IN ('visit_cancelled', 'visit_rescheduled', 'request_closed')),
  conflict_resolved_at timestamptz,
  conflict_resolved_by uuid REFERENCES persons (id),
  conflict_resolution text,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX visit_reports_centre_idx ON visit_reports (centre_id, received_at);
CREATE INDEX visit_reports_conflicts_idx ON visit_reports (centre_id) WHERE conflict IS NOT NULL AND conflict_resolved_at IS NULL;

-- One application: one service requested by one applicant, registered under one logbook number.
-- Registered content is never updated in place; the logbook adds events and corrections on top.
CREATE TABLE applications (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  year integer NOT NULL,
  number_value integer NOT NULL CHECK (number_value BETWEEN 1 AND 999999),
  number text NOT NULL,                  -- as printed: КАМ-2026-000123
  place text NOT NULL CHECK (place IN ('mobile_visit', 'outreach_point', 'centre')),
  visit_id uuid REFERENCES visits (id),
  request_id uuid REFERENCES requests (id),
  applicant_id uuid NOT NULL REFERENCES applicants (id),
  representative jsonb,                  -- {"name","relation","phone","document"} or null
  service_id uuid NOT NULL REFERENCES services (id),
  service_name text NOT NULL,            -- as registered, so a later catalogue edit changes nothing
  provider text NOT NULL,
  identity jsonb NOT NULL,               -- {"kind":"id_card"|"passport_book"|…, "number", "unzr"?, "rnokpp"?}
  documents jsonb NOT NULL,              -- [{"name","pages","original":bool,"certified":bool,"certifiedBy"?,"attachmentId"?}]
  payment jsonb,                         -- {"method","amountKop","receiptNumber"} or null for free services
  signature_attachment_id uuid,
  form_attachment_id uuid,
  administrator_id uuid NOT NULL REFERENCES persons (id),
  device_id uuid REFERENCES devices (id),
  command_id uuid,
  registered_at timestamptz NOT NULL,    -- device clock at registration, printed on the confirmation
  received_at timestamptz NOT NULL DEFAULT now(),  -- server clock: deadlines count from here
  feedback_token_hash text UNIQUE,       -- SHA-256 of the one-time token printed on the confirmation
  corrects_id uuid REFERENCES applications (id),
  UNIQUE (centre_id, year, number_value)
);
CREATE INDEX applications_centre_received_idx ON applications (centre_id, received_at);
CREATE INDEX applications_visit_idx ON applications (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX applications_applicant_idx ON applications (applicant_id);
