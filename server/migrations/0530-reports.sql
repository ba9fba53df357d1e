-- Reports: indexes that let a period's figures be counted in the database from a centre's own rows,
-- and the quarterly publications, each an immutable snapshot of anonymised figures.

-- Requests and applications of one centre in a period (a range of instants).
CREATE INDEX requests_centre_created_idx ON requests (centre_id, created_at);
-- Corrections repeat an application under its original number: only originals are counted.
CREATE INDEX applications_centre_registered_idx ON applications (centre_id, registered_at)
  WHERE corrects_id IS NULL;

-- A published quarter. Publishing again adds a row (the page shows the newest per period); rows are
-- never changed, so what was shown on a day can always be told.
CREATE TABLE report_publications (
  id uuid PRIMARY KEY,
  centre_id uuid NOT NULL REFERENCES centres (id),
  period_code text NOT NULL CHECK (period_code ~ '^[0-9]{4}-Q[1-4]$'),
  period_from date NOT NULL,
  period_to date NOT NULL,
  figures jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES persons (id),
  CHECK (period_from <= period_to)
);
CREATE INDEX report_publications_centre_idx ON report_publications (centre_id, period_from DESC, published_at DESC);
