-- Telling applicants about their visits: a queue of text messages, the operators' call list for
-- people without a mobile phone, and per-person calendar subscription links.

-- `dedupe_key` makes every notice idempotent: one per visit, kind and visit version (one per
-- visit and day for reminders), however often a trigger or a restarted job runs.
CREATE TABLE sms_outbox (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  visit_id uuid REFERENCES visits (id),
  kind text NOT NULL CHECK (kind IN ('scheduled', 'changed', 'cancelled', 'reminder')),
  dedupe_key text NOT NULL UNIQUE,
  phone text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  provider text,
  provider_message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX sms_outbox_due_idx ON sms_outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX sms_outbox_centre_idx ON sms_outbox (centre_id, created_at DESC);

CREATE TABLE call_list (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  visit_id uuid NOT NULL REFERENCES visits (id),
  kind text NOT NULL CHECK (kind IN ('scheduled', 'changed', 'cancelled', 'reminder')),
  dedupe_key text NOT NULL UNIQUE,
  call_on date NOT NULL,
  phone text,
  message text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'called', 'not_reached')),
  note text,
  marked_by uuid REFERENCES persons (id),
  marked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX call_list_centre_day_idx ON call_list (centre_id, call_on);

-- Only the SHA-256 of a feed token is kept: a copy of the table subscribes to nobody's calendar.
CREATE TABLE calendar_feeds (
  person_id uuid PRIMARY KEY REFERENCES persons (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  token_hash text NOT NULL UNIQUE,
  created_by uuid NOT NULL REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The daily reminder job records each day it has done, so a restart neither skips nor repeats one.
CREATE TABLE job_runs (
  job text NOT NULL,
  run_key text NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job, run_key)
);
