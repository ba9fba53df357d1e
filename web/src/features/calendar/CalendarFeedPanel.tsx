import { useState } from 'react';
import { CalendarFeed } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useT } from '../../i18n/i18n-context';
import { formatDateTime } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FailureNotice, Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { useAction } from '../planning/use-action';

/**
 * A person's .ics subscription: make a new link (shown once, the old one stops working) or revoke it.
 * The feed carries only times, request numbers and streets — never names or phones.
 */
export function CalendarFeedPanel({ personId }: { personId: string }) {
  const t = useT();
  const feed = useApiGet(`/api/v1/staff/${personId}/calendar-feed`, CalendarFeed);
  const [url, setUrl] = useState<string | null>(null);
  const rotate = useAction(async () => {
    const made = await api.post(`/api/v1/staff/${personId}/calendar-feed`, {}, CalendarFeed);
    setUrl(made.url);
    feed.replace(made);
  });
  const revoke = useAction(async () => {
    feed.replace(await api.delete(`/api/v1/staff/${personId}/calendar-feed`, CalendarFeed));
    setUrl(null);
  });
  return (
    <Loaded resource={feed}>
      {(data) => (
        <div>
          <p>
            {data.active && data.createdAt
              ? t('staffTime.feed.active', { at: formatDateTime(data.createdAt) })
              : t('staffTime.feed.none')}
          </p>
          {url && (
            <Notice tone="success" title={t('staffTime.feed.url')}>
              <p>
                <code>{url}</code>
              </p>
              <p>{t('staffTime.feed.once')}</p>
            </Notice>
          )}
          <div className="button-row">
            <Button busy={rotate.busy} onClick={() => void rotate.start()}>
              {data.active ? t('staffTime.feed.rotate') : t('staffTime.feed.make')}
            </Button>
            {data.active && (
              <Button variant="danger" busy={revoke.busy} onClick={() => void revoke.start()}>
                {t('staffTime.feed.revoke')}
              </Button>
            )}
          </div>
          {rotate.failure || revoke.failure ? (
            <FailureNotice failure={rotate.failure ?? revoke.failure} />
          ) : null}
        </div>
      )}
    </Loaded>
  );
}
