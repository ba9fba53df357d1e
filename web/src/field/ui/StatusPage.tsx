import { useEffect, useState } from 'react';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { AUTO_LOCK_CHOICES, autoLockMinutes, setAutoLockMinutes } from '../auto-lock';
import { listOutbox, retryCommand, type OutboxEntry } from '../outbox';
import { requireDevice } from '../session';
import { formatBytes, type ByteUnit } from '../storage';
import { useFieldSync } from '../use-field-sync';

/**
 * The sync status panel: what waits, what was sent, what needs a person (with the server's reason
 * and a way to send it again), storage used, the last sync, and "sync now".
 */
export default function StatusPage() {
  const t = useT();
  const { locale } = useLocale();
  const sync = useFieldSync();
  const unit = (name: ByteUnit) => t(`field.unit.${name}`);
  const [refused, setRefused] = useState<OutboxEntry[]>([]);
  const [minutes, setMinutes] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void listOutbox().then((list) => current && setRefused(list.filter((e) => e.state === 'needs_person')));
    return () => {
      current = false;
    };
  }, [sync.needsPerson, sync.waiting, sync.sent]);
  useEffect(() => {
    void autoLockMinutes().then((m) => setMinutes(String(m)));
  }, []);

  const syncNow = async () => {
    setBusy(true);
    try {
      await sync.syncNow();
    } finally {
      setBusy(false);
    }
  };
  const { usage, quota, persisted } = sync.storage;
  const figures: [string, string | number, string][] = [
    [t('field.status.waiting'), sync.waiting, 'waiting'],
    [t('field.status.files'), sync.unsentFiles, 'files'],
    [t('field.status.sent'), sync.sent, 'sent'],
    [t('field.status.needsPerson'), sync.needsPerson, 'needs-person'],
    [
      t('field.status.lastSync'),
      sync.lastSyncAt ? formatDateTime(new Date(sync.lastSyncAt)) : t('field.status.never'),
      'last-sync',
    ],
    [
      t('field.status.storage'),
      usage === null
        ? t('common.notSet')
        : quota === null
          ? formatBytes(usage, locale, unit)
          : t('field.status.storageOf', {
              used: formatBytes(usage, locale, unit),
              quota: formatBytes(quota, locale, unit),
            }),
      'storage',
    ],
  ];

  return (
    <>
      <PageHeader
        title={t('field.status.title')}
        actions={
          <Button busy={busy || sync.phase === 'syncing'} onClick={() => void syncNow()}>
            {t('field.status.syncNow')}
          </Button>
        }
      />
      <p role="status">
        {sync.phase === 'failed'
          ? t('field.status.phase.failed', { reason: sync.lastError ?? '' })
          : t(`field.status.phase.${sync.phase}`)}
      </p>
      <dl className="field-figures">
        {figures.map(([label, value, id]) => (
          <div key={id}>
            <dt>{label}</dt>
            <dd data-testid={`field-status-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t('field.status.expires', { date: formatDateTime(requireDevice().record.expiresAt) })}</p>
      {persisted === false && (
        <Notice tone="warn">
          <p>{t('field.status.notPersisted')}</p>
        </Notice>
      )}
      {persisted === true && <p>{t('field.status.persisted')}</p>}
      {refused.length > 0 && (
        <section aria-labelledby="needs-person">
          <h2 id="needs-person">{t('field.status.needsTitle')}</h2>
          <p>{t('field.status.needsLead')}</p>
          <ul>
            {refused.map((entry) => (
              <li key={entry.id} className="card">
                <p>
                  <strong>{entry.type}</strong> · {formatDateTime(entry.command.deviceTime)}
                </p>
                <p>{entry.problem?.message}</p>
                <Button variant="secondary" onClick={() => void retryCommand(entry.id)}>
                  {t('field.status.retry')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <LinkButton to="/field/export">{t('field.nav.export')}</LinkButton>
      </p>
      {minutes && (
        <Select
          name="autoLock"
          label={t('field.status.autoLock')}
          value={minutes}
          onChange={(value) => {
            setMinutes(value);
            void setAutoLockMinutes(Number(value));
          }}
          options={AUTO_LOCK_CHOICES.map((m) => ({ value: String(m), label: String(m) }))}
        />
      )}
    </>
  );
}
