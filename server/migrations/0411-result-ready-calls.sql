-- "Your result is ready" for applicants without a mobile phone: an operator's call instead of a text.
-- Such a call is about an application, not a visit, so a call names one or the other.
ALTER TABLE call_list ALTER COLUMN visit_id DROP NOT NULL;
ALTER TABLE call_list ADD COLUMN application_id uuid REFERENCES applications (id);
ALTER TABLE call_list DROP CONSTRAINT call_list_kind_check;
ALTER TABLE call_list ADD CONSTRAINT call_list_kind_check
  CHECK (kind IN ('scheduled', 'changed', 'cancelled', 'reminder', 'result_ready'));
ALTER TABLE call_list ADD CONSTRAINT call_list_subject_check
  CHECK ((visit_id IS NOT NULL) <> (application_id IS NOT NULL));
