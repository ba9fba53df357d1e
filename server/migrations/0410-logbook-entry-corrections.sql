-- Corrections of a registered entry: a new application pointing to the one it corrects
-- (applications.corrects_id). The corrected entry keeps its row and its place in the chain; its derived
-- state becomes `corrected`, and the work goes on under the correction. An entry is corrected once:
-- a later mistake is put right by correcting the correction.
ALTER TABLE logbook_status DROP CONSTRAINT logbook_status_status_check;
ALTER TABLE logbook_status ADD CONSTRAINT logbook_status_status_check
  CHECK (status IN ('registered', 'forwarded', 'decided', 'result_ready', 'delivered', 'corrected'));

-- Why the entry was corrected, in the clerk's words; hashed with the correction's content.
ALTER TABLE applications ADD COLUMN correction_reason text;

CREATE UNIQUE INDEX applications_corrected_once ON applications (corrects_id) WHERE corrects_id IS NOT NULL;
