import { useEffect, useState } from 'react';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { confirmationContent, type ConfirmationContent } from '../../registration/confirmation';
import { qrPath } from '../../registration/qr';
import type { StepProps } from '../StepView';
import { publicUrlOf } from '../visit-data';

function QrCode({ text, label }: { text: string; label: string }) {
  const [qr, setQr] = useState<{ size: number; path: string } | null>(null);
  useEffect(() => {
    void qrPath(text).then(setQr);
  }, [text]);
  if (!qr) return null;
  return (
    <svg
      className="confirmation__qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}

function Confirmation({ content }: { content: ConfirmationContent }) {
  const t = useT();
  return (
    <article className="printable confirmation" aria-label={t('fieldVisit.confirmation.title')}>
      <h3>{t('fieldVisit.confirmation.title')}</h3>
      <p>{content.centreName}</p>
      <dl>
        <dt>{t('fieldVisit.confirmation.number')}</dt>
        <dd className="confirmation__number">{content.number}</dd>
        <dt>{t('fieldVisit.confirmation.date')}</dt>
        <dd>
          {content.date} {content.time}
        </dd>
        <dt>{t('fieldVisit.form.applicant')}</dt>
        <dd>{content.applicantName}</dd>
        <dt>{t('fieldVisit.confirmation.service')}</dt>
        <dd>{content.serviceName}</dd>
        <dt>{t('fieldVisit.confirmation.documents')}</dt>
        <dd>
          <ul>
            {content.documents.map((d) => (
              <li key={d.name}>
                {t('fieldVisit.confirmation.document', { name: d.name, pages: d.pages })}
                {d.original && `, ${t('fieldVisit.confirmation.original')}`}
                {d.certified && `, ${t('fieldVisit.confirmation.certified')}`}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('fieldVisit.confirmation.administrator')}</dt>
        <dd>{content.administratorName}</dd>
      </dl>
      <p>{t('fieldVisit.confirmation.feedback')}</p>
      <p className="confirmation__url">{content.feedbackUrl}</p>
      <QrCode text={content.feedbackUrl} label={t('fieldVisit.confirmation.qr')} />
      <p className="confirmation__law">{t('fieldVisit.confirmation.law')}</p>
    </article>
  );
}

/** The printable confirmation of each registered application (date, number, services, documents, feedback). */
export function ConfirmationStep({ data }: StepProps) {
  const t = useT();
  const [publicUrl, setPublicUrl] = useState<string | null>(null);
  useEffect(() => {
    void publicUrlOf().then(setPublicUrl);
  }, []);
  if (!publicUrl) return null;
  return (
    <>
      {data.draft.applications.map((application) => (
        <Confirmation
          key={application.applicationId}
          content={confirmationContent(application, {
            applicantName: data.visit.applicant.name,
            serviceName: data.draft.services.find((s) => s.serviceId === application.serviceId)?.name ?? '',
            administratorName: data.administratorName,
            centreName: data.centreName,
            publicUrl,
          })}
        />
      ))}
      <Button variant="secondary" className="no-print" onClick={() => window.print()}>
        {t('fieldVisit.confirmation.print')}
      </Button>
    </>
  );
}
