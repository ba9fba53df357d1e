-- Reports: covering indexes, so that a period's figures are read from the indexes alone.
-- A centre's rows lie scattered among those of every other centre in the tables (they come in at the
-- same time), so reading them from the tables touches one page per row: a year of a region is then
-- hundreds of megabytes of pages. In these indexes a centre's period is a few contiguous pages, and
-- with the columns the reports need included, PostgreSQL answers from them (index-only scans).

-- Requests made in a period (replaces the index of 0530 on the same columns).
DROP INDEX requests_centre_created_idx;
CREATE INDEX requests_centre_created_idx ON requests (centre_id, created_at)
  INCLUDE (category, channel, locality_id, outreach_point_id, locality_name);

-- A visit's or an application's request, looked up within its centre.
CREATE INDEX requests_centre_id_report_idx ON requests (centre_id, id)
  INCLUDE (created_at, category, channel, locality_id, outreach_point_id, locality_name);

-- Visits on the days of a period.
CREATE INDEX visits_centre_day_report_idx ON visits (centre_id, day)
  INCLUDE (status, id, request_id, starts_at);

-- A visit's field report, looked up within its centre.
CREATE INDEX visit_reports_centre_visit_idx ON visit_reports (centre_id, visit_id)
  INCLUDE (administrator_id, outcome);

-- Original applications registered in a period (replaces the index of 0530 on the same columns).
DROP INDEX applications_centre_registered_idx;
CREATE INDEX applications_centre_registered_idx ON applications (centre_id, registered_at)
  INCLUDE (service_id, service_name, administrator_id, request_id)
  WHERE corrects_id IS NULL;
