import { useState } from 'react';
import { Link } from 'react-router';
import { QualityAlert, type QualityAlert as Alert } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { AlertList } from './feedback-api';

/** The open bribe signals of the centre, first on the dashboard; the head marks each as dealt with. */
export function QualityAlerts() {
  const t = useT();
  const alerts = useApiGet('/api/v1/quality/alerts', AlertList);
  return (
    <section aria-labelledby="quality-alerts">
      <h2 id="quality-alerts">{t('quality.alerts')}</h2>
      <Loaded resource={alerts}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('quality.alerts.none')}</p>
          ) : (
            <ul className="rows">
              {data.items.map((alert) => (
                <li key={alert.id}>
                  <AlertRow alert={alert} onDone={alerts.reload} />
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function AlertRow({ alert, onDone }: { alert: Alert; onDone: () => void }) {
  const t = useT();
  const me = useMe();
  const [note, setNote] = useState('');
  const submit = async () => {
    await api.post(
      `/api/v1/quality/alerts/${alert.id}/acknowledge`,
      { note: note.trim() || null },
      QualityAlert,
    );
    onDone();
  };
  return (
    <Notice tone="error">
      <p>
        {t('quality.alert.text', {
          at: formatDateTime(alert.raisedAt),
          source: t(`quality.alert.source.${alert.source}`),
        })}{' '}
        {alert.requestNumber && t('quality.alert.request', { number: alert.requestNumber })}
      </p>
      {me.roles.includes('head') && (
        <Form onSubmit={submit} submitLabel={t('quality.alert.acknowledge')}>
          <TextField name="note" label={t('quality.alert.note')} value={note} onChange={setNote} optional />
        </Form>
      )}
    </Notice>
  );
}

/** On the head's home page: how many bribe signals wait, with a link to the dashboard. */
export function HomeQualityAlerts() {
  const t = useT();
  const me = useMe();
  const allowed = me.roles.includes('head') || me.roles.includes('quality');
  const alerts = useApiGet(allowed ? '/api/v1/quality/alerts' : null, AlertList);
  const count = alerts.data?.items.length ?? 0;
  if (!allowed || count === 0) return null;
  return (
    <Notice tone="error" title={t('quality.homeAlert', { count })}>
      <Link to="/quality">{t('quality.homeAlert.link')}</Link>
    </Notice>
  );
}
