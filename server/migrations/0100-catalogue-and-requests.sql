-- The service catalogue, eligibility categories, applicants, visit requests, their numbers,
-- incidents that raise risk signals, and the per-phone limit of the public request form.

-- A centre's services. Documents are the exhaustive list the law allows to demand, as JSON
-- [{id, name, form, note}]; a fee is either absent (free) or complete with its payment details.
CREATE TABLE services (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  code text NOT NULL,
  name text NOT NULL,
  name_en text,
  provider text NOT NULL,
  field_deliverable boolean NOT NULL DEFAULT true,
  fee_kopiyky integer CHECK (fee_kopiyky > 0),
  fee_recipient text,
  fee_iban text CHECK (fee_iban ~ '^UA[0-9]{8}[0-9A-Z]{19}$'),
  fee_recipient_code text CHECK (fee_recipient_code ~ '^([0-9]{8}|[0-9]{10})$'),
  fee_purpose text,
  term_days integer CHECK (term_days BETWEEN 1 AND 365),
  term_kind text NOT NULL DEFAULT 'calendar' CHECK (term_kind IN ('working', 'calendar', 'law')),
  documents jsonb NOT NULL DEFAULT '[]',
  estimated_minutes integer NOT NULL CHECK (estimated_minutes BETWEEN 1 AND 480),
  demonstration boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (centre_id, code),
  CHECK ((fee_kopiyky IS NULL) = (fee_iban IS NULL)
     AND (fee_kopiyky IS NULL) = (fee_recipient IS NULL)
     AND (fee_kopiyky IS NULL) = (fee_recipient_code IS NULL)
     AND (fee_kopiyky IS NULL) = (fee_purpose IS NULL))
);

-- The categories a centre serves. A missing row means the default: mandatory ones on, others off.
CREATE TABLE centre_categories (
  centre_id uuid NOT NULL REFERENCES centres (id),
  code text NOT NULL CHECK (code IN ('disability_group_1', 'self_care_incapable', 'aged_80_plus',
                                     'immobile', 'inpatient', 'remote_locality', 'everybody')),
  enabled boolean NOT NULL,
  evidence text NOT NULL,
  evidence_en text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, code),
  -- The law makes these two mandatory for every community.
  CHECK (enabled OR code NOT IN ('disability_group_1', 'self_care_incapable'))
);

-- Numbers readable over the phone, one series per centre and year (and later per logbook).
-- A row is taken with INSERT … ON CONFLICT DO UPDATE … RETURNING, which locks it: concurrent
-- intakes wait for each other and never share a number.
CREATE TABLE number_counters (
  centre_id uuid NOT NULL REFERENCES centres (id),
  series text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  last_value integer NOT NULL CHECK (last_value >= 0),
  PRIMARY KEY (centre_id, series, year)
);

CREATE TABLE applicants (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  full_name text NOT NULL,
  name_key text NOT NULL,
  birth_date date,
  registered_in_community boolean,
  merged_into uuid REFERENCES applicants (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX applicants_centre_name_idx ON applicants (centre_id, name_key);
CREATE INDEX applicants_centre_birth_idx ON applicants (centre_id, birth_date);
CREATE INDEX applicants_name_trgm_idx ON applicants USING gin (name_key gin_trgm_ops);

-- Phones stored normalised (+380XXXXXXXXX), so that search and duplicates compare exactly.
CREATE TABLE applicant_phones (
  applicant_id uuid NOT NULL REFERENCES applicants (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  phone text NOT NULL CHECK (phone ~ '^\+380[1-9][0-9]{8}$'),
  position integer NOT NULL,
  PRIMARY KEY (applicant_id, phone)
);
CREATE INDEX applicant_phones_centre_phone_idx ON applicant_phones (centre_id, phone);

CREATE TABLE requests (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  number text NOT NULL UNIQUE,
  number_year integer NOT NULL,
  number_seq integer NOT NULL,
  applicant_id uuid NOT NULL REFERENCES applicants (id),
  channel text NOT NULL CHECK (channel IN ('phone', 'in_person', 'email', 'social_worker', 'web')),
  state text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'eligible', 'rejected', 'scheduled',
                                                      'completed', 'cancelled', 'no_show')),
  requester_kind text NOT NULL CHECK (requester_kind IN ('self', 'relative', 'neighbour',
                                                         'social_worker', 'other')),
  requester_name text,
  requester_phone text CHECK (requester_phone ~ '^\+380[1-9][0-9]{8}$'),
  requester_relation text,
  place_kind text NOT NULL CHECK (place_kind IN ('home', 'hospital', 'other_address', 'outreach_point')),
  hospital_name text,
  hospital_ward text,
  outreach_point_id uuid REFERENCES outreach_points (id),
  locality_id uuid REFERENCES localities (id),
  locality_name text,
  street text,
  building text,
  apartment text,
  entrance text,
  floor text,
  intercom text,
  route_notes text,
  access_notes text,
  -- Lower-case search text of the address, and a key equal for two writings of the same door.
  address_search text NOT NULL DEFAULT '',
  address_key text,
  registered_in_community boolean,
  category text CHECK (category IN ('disability_group_1', 'self_care_incapable', 'aged_80_plus',
                                    'immobile', 'inpatient', 'remote_locality', 'everybody')),
  evidence_status text CHECK (evidence_status IN ('seen', 'promised', 'none')),
  evidence_note text,
  decision_reason text,
  caller_identification text CHECK (caller_identification IN ('personal_details', 'callback',
    'known_to_staff', 'document_shown', 'social_worker_confirmed', 'other')),
  caller_identification_note text,
  liability_warned_at timestamptz,
  liability_warned_by uuid REFERENCES persons (id),
  data_notice_at timestamptz,
  data_notice_by uuid REFERENCES persons (id),
  online_acknowledged_at timestamptz,
  needs_witness boolean NOT NULL DEFAULT false,
  needs_security boolean NOT NULL DEFAULT false,
  partner text CHECK (partner IN ('social_protection', 'pension_fund', 'other')),
  partner_note text,
  accessibility_note text,
  preferences jsonb NOT NULL DEFAULT '{}',
  notes text,
  -- Set by planning when the request is scheduled; shown on the public status page.
  planned_date date,
  cancelled_by text CHECK (cancelled_by IN ('applicant', 'requester', 'centre')),
  cancel_reason text,
  state_changed_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (centre_id, number_year, number_seq),
  CHECK (state <> 'rejected' OR decision_reason IS NOT NULL),
  CHECK (state <> 'cancelled' OR (cancelled_by IS NOT NULL AND cancel_reason IS NOT NULL)),
  CHECK (state <> 'scheduled' OR planned_date IS NOT NULL),
  CHECK ((liability_warned_at IS NULL) = (liability_warned_by IS NULL)),
  CHECK ((data_notice_at IS NULL) = (data_notice_by IS NULL))
);
CREATE INDEX requests_centre_state_idx ON requests (centre_id, state, id);
CREATE INDEX requests_centre_id_idx ON requests (centre_id, id);
CREATE INDEX requests_applicant_idx ON requests (applicant_id);
CREATE INDEX requests_requester_phone_idx ON requests (centre_id, requester_phone, created_at);
CREATE INDEX requests_address_key_idx ON requests (centre_id, address_key);
CREATE INDEX requests_address_trgm_idx ON requests USING gin (address_search gin_trgm_ops);

-- The services of a request, with a snapshot of the document list as read out to the caller
-- ([{id, name, form, note, atHand}]): later catalogue edits do not rewrite what was agreed.
CREATE TABLE request_services (
  request_id uuid NOT NULL REFERENCES requests (id),
  service_id uuid NOT NULL REFERENCES services (id),
  position integer NOT NULL,
  payment_method text CHECK (payment_method IN ('prepaid_receipt', 'fast_pay', 'pos_terminal')),
  checklist_read_out boolean NOT NULL DEFAULT false,
  documents jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (request_id, service_id)
);
CREATE INDEX request_services_service_idx ON request_services (service_id);

-- Every state change of a request, shown as its history (the audit trail records them too).
CREATE TABLE request_state_changes (
  id uuid PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests (id),
  at timestamptz NOT NULL DEFAULT now(),
  from_state text,
  to_state text NOT NULL,
  actor_id uuid REFERENCES persons (id),
  reason text
);
CREATE INDEX request_state_changes_request_idx ON request_state_changes (request_id, id);

-- Incidents (aggression, doubtful capacity, a false call) with a person or at an address. Field
-- visits record them; intake shows them as risk signals.
CREATE TABLE incidents (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  kind text NOT NULL CHECK (kind IN ('aggression', 'doubtful_capacity', 'false_call', 'other')),
  occurred_on date NOT NULL,
  applicant_id uuid REFERENCES applicants (id),
  request_id uuid REFERENCES requests (id),
  address_key text,
  note text,
  recorded_by uuid REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (applicant_id IS NOT NULL OR address_key IS NOT NULL)
);
CREATE INDEX incidents_applicant_idx ON incidents (applicant_id);
CREATE INDEX incidents_address_idx ON incidents (centre_id, address_key);

-- Recent submissions of the public form per phone, for the per-phone limit. Only a keyed hash of
-- the phone is kept, and only for two days.
CREATE TABLE public_submissions (
  id uuid PRIMARY KEY,
  phone_hash text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX public_submissions_phone_idx ON public_submissions (phone_hash, at);
CREATE INDEX public_submissions_at_idx ON public_submissions (at);
