import type { RiskSignalView } from '@valiza/domain';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { textOrNull } from '../../i18n/parse';
import { draftToBody, OTHER_LOCALITY, type IntakeDraft } from './intake-draft';
import { RiskPreview } from './intake-api';

/** Waits this long after the last keystroke before asking, so typing does not send a request per key. */
const QUIET_MS = 700;

/** The facts of the draft the risk rules look at, as the preview endpoint takes them. */
export function previewBody(d: IntakeDraft) {
  const body = draftToBody(d);
  const address = body.place.address;
  return {
    applicantId: d.applicant.id,
    requesterPhone: d.requester.kind === 'self' ? null : textOrNull(d.requester.phone),
    applicantPhones: body.applicant.phones,
    birthDate: textOrNull(body.applicant.birthDate),
    category: textOrNull(d.eligibility.category),
    placeKind: d.place.kind,
    localityId: d.place.localityId && d.place.localityId !== OTHER_LOCALITY ? d.place.localityId : null,
    localityName: address?.localityName ?? null,
    street: address?.street ?? null,
    building: address?.building ?? null,
    apartment: address?.apartment ?? null,
    registeredInCommunity: body.applicant.registeredInCommunity,
  };
}

/**
 * Asks the server which risk signals the typed facts raise (another open request, many calls from the
 * phone, a birth date that contradicts 80+, an address outside the community, earlier incidents).
 * A fact that is still half-typed is refused by the server; the last good answer then stays shown.
 */
export function useRiskPreview(draft: IntakeDraft): RiskSignalView[] {
  const [signals, setSignals] = useState<RiskSignalView[]>([]);
  const key = JSON.stringify(previewBody(draft));
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .post('/api/v1/requests/risk-preview', JSON.parse(key), RiskPreview)
        .then((answer) => {
          if (!controller.signal.aborted) setSignals(answer.riskSignals);
        })
        .catch(() => undefined);
    }, QUIET_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [key]);
  return signals;
}
