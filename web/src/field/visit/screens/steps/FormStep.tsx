import { formatDate } from '../../../../i18n/format';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { includedServices } from '../../flow/visit-flow';
import type { StepProps } from '../StepView';
import { SignaturePad } from './SignaturePad';

/**
 * The application form filled from what was entered (art. 9 p. 2 of the Law on Administrative
 * Services: a written application signed by the applicant), printable for a wet signature, and the
 * on-screen signature pad.
 */
export function FormStep({ data, update }: StepProps) {
  const t = useT();
  const { draft, visit } = data;
  const identity = draft.identity;
  const services = includedServices(draft);
  return (
    <>
      <p className="no-print">{t('fieldVisit.form.lead')}</p>
      <article className="printable field-visit-form" aria-label={t('fieldVisit.form.title')}>
        <h3>{t('fieldVisit.form.title')}</h3>
        <dl>
          <dt>{t('fieldVisit.form.applicant')}</dt>
          <dd>{visit.applicant.name}</dd>
          <dt>{t('fieldVisit.form.document')}</dt>
          <dd>
            {t(`fieldVisit.identity.kind.${identity.documentKind}`)} {identity.documentNumber}
            {identity.unzr && `, ${t('fieldVisit.identity.unzr')} ${identity.unzr}`}
            {identity.rnokpp && `, ${t('fieldVisit.identity.rnokpp')} ${identity.rnokpp}`}
          </dd>
          <dt>{visit.location.address}</dt>
          <dd>{visit.applicant.phone}</dd>
        </dl>
        <h4>{t('fieldVisit.form.services')}</h4>
        <ol>
          {services.map((s) => (
            <li key={s.serviceId}>
              {s.name}
              <ul aria-label={t('fieldVisit.form.documents')}>
                {s.documents
                  .filter((d) => d.present)
                  .map((d) => (
                    <li key={d.key}>
                      {t('fieldVisit.confirmation.document', { name: d.name, pages: d.pages.length })}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
        <p>{t('fieldVisit.form.law')}</p>
        <p className="field-visit-form__sign">
          <span>
            {t('fieldVisit.form.date')}: {formatDate(new Date())}
          </span>
          <span>{t('fieldVisit.form.signatureLine')}: ____________________</span>
        </p>
      </article>
      <Button variant="secondary" className="no-print" onClick={() => window.print()}>
        {t('fieldVisit.form.print')}
      </Button>
      <SignaturePad
        signature={draft.signature}
        onChange={(signature) => void update((d) => ({ ...d, signature }))}
      />
    </>
  );
}
