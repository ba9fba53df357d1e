-- Quality and feedback: telephone surveys after visits, the alerts they raise, and the register of
-- feedback from every channel. Ids are made by the application (UUIDv7).

-- A centre's survey rules. A row missing means the defaults: every visit, due in three working days.
CREATE TABLE survey_settings (
  centre_id uuid PRIMARY KEY REFERENCES centres (id),
  due_working_days integer NOT NULL DEFAULT 3 CHECK (due_working_days BETWEEN 1 AND 20),
  share_percent integer NOT NULL DEFAULT 100 CHECK (share_percent BETWEEN 1 AND 100),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every finished visit the survey job has looked at, with its sampling decision: the decision is
-- made once, so a later change of the share never takes back or adds a survey for an old visit.
CREATE TABLE survey_scans (
  visit_id uuid PRIMARY KEY REFERENCES visits (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  sampled boolean NOT NULL,
  scanned_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_scans_centre_idx ON survey_scans (centre_id, scanned_at);

-- One telephone survey task per sampled visit (unique per visit, so the job may run any number of times).
CREATE TABLE survey_tasks (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  visit_id uuid NOT NULL UNIQUE REFERENCES visits (id),
  request_id uuid NOT NULL REFERENCES requests (id),
  visit_day date NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'reached', 'declined', 'closed')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 3),
  punctuality smallint CHECK (punctuality BETWEEN 1 AND 5),
  politeness smallint CHECK (politeness BETWEEN 1 AND 5),
  clarity smallint CHECK (clarity BETWEEN 1 AND 5),
  asked_for_money boolean,
  satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
  comments text,
  finished_at timestamptz,
  finished_by uuid REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'reached') = (satisfaction IS NOT NULL AND asked_for_money IS NOT NULL))
);
CREATE INDEX survey_tasks_centre_status_idx ON survey_tasks (centre_id, status, due_on);
CREATE INDEX survey_tasks_centre_day_idx ON survey_tasks (centre_id, visit_day);

-- Each call made for a survey: who, when, and how it ended.
CREATE TABLE survey_attempts (
  id uuid PRIMARY KEY,
  task_id uuid NOT NULL REFERENCES survey_tasks (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  outcome text NOT NULL CHECK (outcome IN ('reached', 'not_reached', 'declined')),
  attempted_by uuid NOT NULL REFERENCES persons (id),
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_attempts_task_idx ON survey_attempts (task_id, attempted_at);

-- The register of feedback from every channel. Questionnaires and the public page hold no link to an
-- applicant; a survey's comment points at its task.
CREATE TABLE feedback_items (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  channel text NOT NULL
    CHECK (channel IN ('survey', 'questionnaire', 'public_page', 'social_network', 'website', 'other')),
  kind text NOT NULL CHECK (kind IN ('praise', 'complaint', 'proposal')),
  text text NOT NULL,
  rating smallint CHECK (rating BETWEEN 1 AND 5),
  asked_for_money boolean,
  scores jsonb,                         -- a questionnaire's other answers: {"politeness","clarity"}
  contact text,                         -- only when the author chose to leave one
  source_link text,                     -- a post's address, for what staff copy from the web
  survey_task_id uuid REFERENCES survey_tasks (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  entered_by uuid REFERENCES persons (id),
  status text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'discussed', 'decided', 'published')),
  discussion text,
  discussed_at timestamptz,
  decision text CHECK (decision IN ('accepted', 'rejected')),
  decision_changes text,
  decided_at timestamptz,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  CHECK (kind = 'proposal' OR status = 'received'),
  CHECK ((status IN ('decided', 'published')) = (decision IS NOT NULL))
);
CREATE INDEX feedback_items_centre_idx ON feedback_items (centre_id, received_at DESC, id DESC);

-- One-time public feedback tokens already used, by the SHA-256 of the token. The primary key makes a
-- second use fail even when two submissions race.
CREATE TABLE feedback_token_uses (
  token_hash text PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  used_at timestamptz NOT NULL DEFAULT now()
);

-- Alerts for the head that cannot wait for the monthly figures: someone asked for money or a gift.
CREATE TABLE quality_alerts (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  kind text NOT NULL CHECK (kind IN ('bribe_signal')),
  source text NOT NULL CHECK (source IN ('survey', 'questionnaire', 'public_page', 'register')),
  survey_task_id uuid REFERENCES survey_tasks (id),
  feedback_item_id uuid REFERENCES feedback_items (id),
  raised_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES persons (id),
  note text
);
CREATE INDEX quality_alerts_open_idx ON quality_alerts (centre_id, raised_at DESC) WHERE acknowledged_at IS NULL;
