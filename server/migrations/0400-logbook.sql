-- The logbook: what happens to each application after registration, as appended events, and a hash
-- chain per centre over applications and events that makes any change or removal outside the
-- application visible. See docs/logbook.md.

-- One event of an application: forwarded, decision, result received, delivered, a head's review of a
-- refusal. Never updated or deleted; a correction is a new event pointing to the one it corrects.
CREATE TABLE logbook_events (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  application_id uuid NOT NULL REFERENCES applications (id),
  kind text NOT NULL CHECK (kind IN ('forwarded', 'decision', 'result_received', 'delivered', 'refusal_review')),
  content jsonb NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by uuid REFERENCES persons (id),
  corrects_id uuid REFERENCES logbook_events (id),
  CHECK (occurred_at <= recorded_at + interval '5 minutes')
);
CREATE INDEX logbook_events_application_idx ON logbook_events (application_id, recorded_at);
-- Each step once per application; corrections and reviews may repeat.
CREATE UNIQUE INDEX logbook_events_step_once ON logbook_events (application_id, kind)
  WHERE corrects_id IS NULL AND kind <> 'refusal_review';

-- The chain: every application (entry) and event of a centre, in the order the server stored them.
-- chain_hash = SHA-256 over (seq, kind, ref_id, content_hash, prev_hash); see server/src/logbook/chain.ts.
CREATE TABLE logbook_chain (
  centre_id uuid NOT NULL REFERENCES centres (id),
  seq bigint NOT NULL CHECK (seq >= 1),
  kind text NOT NULL CHECK (kind IN ('entry', 'event')),
  ref_id uuid NOT NULL,
  content_hash text NOT NULL,
  prev_hash text NOT NULL,
  chain_hash text NOT NULL,
  chained_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, seq),
  UNIQUE (kind, ref_id)
);

-- The tip of each centre's chain. Appending locks this row, so two transactions never take the same
-- seq or the same previous hash; it is updated in place and checked against the chain by verify.
CREATE TABLE logbook_heads (
  centre_id uuid PRIMARY KEY REFERENCES centres (id),
  seq bigint NOT NULL,
  chain_hash text NOT NULL
);

CREATE FUNCTION logbook_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The logbook is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER logbook_events_append_only BEFORE UPDATE OR DELETE ON logbook_events
  FOR EACH ROW EXECUTE FUNCTION logbook_refuse_change();
CREATE TRIGGER logbook_chain_append_only BEFORE UPDATE OR DELETE ON logbook_chain
  FOR EACH ROW EXECUTE FUNCTION logbook_refuse_change();

-- Applications waiting to be chained. Whoever inserts an application (the field's sync, an import)
-- needs to know nothing of the logbook: this trigger queues it and the logbook chains it on its next
-- pass, in the order of receipt.
CREATE TABLE logbook_inbox (
  application_id uuid PRIMARY KEY REFERENCES applications (id),
  centre_id uuid NOT NULL REFERENCES centres (id)
);
CREATE INDEX logbook_inbox_centre_idx ON logbook_inbox (centre_id);

CREATE FUNCTION logbook_queue_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO logbook_inbox (application_id, centre_id) VALUES (NEW.id, NEW.centre_id)
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;
CREATE TRIGGER applications_to_logbook AFTER INSERT ON applications
  FOR EACH ROW EXECUTE FUNCTION logbook_queue_application();

-- Backfill: every application registered before this migration is queued and chained on the first pass.
INSERT INTO logbook_inbox (application_id, centre_id) SELECT id, centre_id FROM applications;

-- The current state of each chained application, derived from its events (rebuilt from them at any
-- time): the list, filters, dashboard and exports read it instead of folding events per row.
CREATE TABLE logbook_status (
  application_id uuid PRIMARY KEY REFERENCES applications (id),
  centre_id uuid NOT NULL REFERENCES centres (id),
  received_at timestamptz NOT NULL,      -- applications.received_at to the millisecond, the list's key
  service_id uuid NOT NULL,
  administrator_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('registered', 'forwarded', 'decided', 'result_ready', 'delivered')),
  forward_by date NOT NULL,
  provider_due date NOT NULL,
  forwarded_at timestamptz,
  decision text CHECK (decision IN ('granted', 'refused', 'returned')),
  decided_at timestamptz,
  result_received_at timestamptz,
  delivered_at timestamptz,
  delivery_method text,
  refusal_justified boolean
);
CREATE INDEX logbook_status_list_idx ON logbook_status (centre_id, received_at DESC, application_id DESC);
CREATE INDEX logbook_status_forward_idx ON logbook_status (centre_id, forward_by) WHERE status = 'registered';
CREATE INDEX logbook_status_provider_idx ON logbook_status (centre_id, provider_due) WHERE status = 'forwarded';
CREATE INDEX logbook_status_refused_idx ON logbook_status (centre_id, decided_at) WHERE decision = 'refused';

-- Results ready for the applicant get a text message: widen the outbox's kinds.
ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_kind_check;
ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_kind_check
  CHECK (kind IN ('scheduled', 'changed', 'cancelled', 'reminder', 'result_ready'));

-- The head's daily digest: made once per centre and day.
CREATE TABLE logbook_digests (
  centre_id uuid NOT NULL REFERENCES centres (id),
  day date NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  emailed_to integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, day)
);
