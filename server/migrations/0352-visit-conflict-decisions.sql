-- How the head resolved a visit conflict: the field's outcome applied after all, or the office's change
-- kept. Either way the field's work stays as it arrived; only the decision and its note are added.
ALTER TABLE visit_reports ADD COLUMN conflict_decision text
  CHECK (conflict_decision IN ('field_outcome', 'office_change'));
ALTER TABLE visit_reports ADD CONSTRAINT visit_reports_conflict_decision_resolved
  CHECK ((conflict_decision IS NULL) OR (conflict_resolved_at IS NOT NULL));
