import { RequestDetail } from '@valiza/domain';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { RiskSignals } from '../requests/RiskSignals';
import { ApplicantSection } from './ApplicantSection';
import { EligibilitySection } from './EligibilitySection';
import { enterMovesOn } from './enter-moves-on';
import type { IntakeLists } from './intake-api';
import { draftFromDetail } from './draft-from-detail';
import { checkedBody, checkedUpdateBody, emptyDraft, type IntakeDraft } from './intake-draft';
import { PlaceSection } from './PlaceSection';
import { PreferencesSection } from './PreferencesSection';
import { RequesterSection } from './RequesterSection';
import type { SectionProps } from './section-props';
import { ServicesSection } from './ServicesSection';
import { StatementsSection } from './StatementsSection';
import { useRiskPreview } from './use-risk-preview';

/** Errors without a field path that still belong to one part of the form. */
const CODE_FIELDS = {
  'requests.liability_warning_required': 'liabilityWarning',
  'requests.personal_data_notice_required': 'personalDataNotice',
  'requests.caller_identification_required': 'callerIdentification',
  'requests.category_not_offered': 'eligibility.category',
  'requests.service_unavailable': 'services',
};

interface IntakeFormProps {
  lists: IntakeLists;
  onSaved: (request: RequestDetail) => void;
  /** A saved request to complete or correct (sent with `PUT` and its version); absent for a new one. */
  request?: RequestDetail;
}

/**
 * The operator's intake form, in the order of a phone call: who calls, for whom, where, which
 * category, which services with their documents, when, what the visit needs, the statements, the
 * decision. Checked in the browser with the server's contract before it is sent.
 */
export function IntakeForm({ lists, onSaved, request }: IntakeFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [draft, setDraft] = useState<IntakeDraft>(() => (request ? draftFromDetail(request) : emptyDraft()));
  const signals = useRiskPreview(draft);
  const update = useCallback<SectionProps['update']>(
    (key, patch) => setDraft((d) => ({ ...d, [key]: { ...(d[key] as object), ...(patch as object) } })),
    [],
  );
  const set = useCallback<SectionProps['set']>((key, value) => setDraft((d) => ({ ...d, [key]: value })), []);
  const props = { draft, update, set };

  const submit = async () => {
    if (request) {
      const body = checkedUpdateBody(draft, lists.services, locale, request.version);
      onSaved(await api.put(`/api/v1/requests/${request.id}`, body, RequestDetail));
      return;
    }
    const body = checkedBody(draft, lists.services, locale);
    onSaved(await api.post('/api/v1/requests', body, RequestDetail));
  };

  return (
    <Form
      onSubmit={submit}
      submitLabel={request ? t('common.save') : t('intake.submit')}
      codeFields={CODE_FIELDS}
      actions={
        <LinkButton to={request ? `/requests/${request.id}` : '/requests'}>{t('common.cancel')}</LinkButton>
      }
    >
      {/* Enter moves to the next field: only the button sends the form. */}
      <div onKeyDown={enterMovesOn}>
        <RequesterSection {...props} fixedChannel={Boolean(request)} />
        <ApplicantSection {...props} />
        <PlaceSection {...props} localities={lists.localities} outreachPoints={lists.outreachPoints} />
        <EligibilitySection {...props} categories={lists.categories} />
        <ServicesSection {...props} services={lists.services} />
        <PreferencesSection {...props} />
        <StatementsSection {...props} withDecision={!request} />
        <RiskSignals signals={signals} preview />
      </div>
    </Form>
  );
}
