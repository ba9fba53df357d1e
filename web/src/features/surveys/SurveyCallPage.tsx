import { SurveyDetail } from '@valiza/domain';
import { useNavigate, useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { formatDate, formatDateTime, formatPhone } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SurveyScriptForm } from './SurveyScriptForm';

/** `/quality/surveys/:id`: whom to call, the calls so far, and the call script. */
export function SurveyCallPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const survey = useApiGet(`/api/v1/surveys/${id}`, SurveyDetail);
  return (
    <>
      <PageHeader title={t('surveys.call.title')} />
      <Loaded resource={survey}>
        {(s) => (
          <>
            <section aria-labelledby="survey-who">
              <h2 id="survey-who">{t('surveys.call.who')}</h2>
              <p>
                <strong>{s.applicantName}</strong>
              </p>
              <ul>
                {s.phones.map((phone) => (
                  <li key={phone}>
                    <a href={`tel:${phone}`}>{formatPhone(phone)}</a>
                  </li>
                ))}
              </ul>
              <p>{t('surveys.call.visit', { number: s.requestNumber, day: formatDate(s.visitDay) })}</p>
              {s.administratorName && <p>{t('surveys.call.administrator', { name: s.administratorName })}</p>}
            </section>
            <section className="section" aria-labelledby="survey-calls">
              <h2 id="survey-calls">{t('surveys.call.history')}</h2>
              {s.calls.length === 0 ? (
                <p>{t('surveys.call.noCalls')}</p>
              ) : (
                <ul>
                  {s.calls.map((call) => (
                    <li key={call.at}>
                      {t('surveys.call.attempt', {
                        at: formatDateTime(call.at),
                        outcome: t(`surveys.outcome.${call.outcome}`),
                        by: call.byName,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {s.status === 'open' ? (
              <SurveyScriptForm
                survey={s}
                onSaved={(after) =>
                  after.status === 'open'
                    ? survey.replace(after)
                    : navigate('/quality/surveys', { state: flash('surveys.saved') })
                }
              />
            ) : (
              <Notice tone="info">
                {t('surveys.finished', { status: t(`surveys.status.${s.status}`) })}
              </Notice>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
