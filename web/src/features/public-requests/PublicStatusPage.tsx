import { PublicStatusBody, type PublicStatus as Status } from '@valiza/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { hasCode } from '../../api/errors';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import '../requests/requests.css';
import { PublicStatus } from './public-api';

/** `/request/:slug/status`: the number and the phone give the state and the planned day — nothing else. */
export function PublicStatusPage() {
  const t = useT();
  const { locale } = useLocale();
  const { slug = '' } = useParams();
  const [number, setNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [unknown, setUnknown] = useState(false);

  const submit = async () => {
    const body = validate(PublicStatusBody, { centre: slug, number, phone }, locale);
    setStatus(null);
    setUnknown(false);
    try {
      setStatus(await api.post('/api/v1/public/requests/status', body, PublicStatus));
    } catch (error) {
      if (!hasCode(error, 'not_found')) throw error;
      setUnknown(true);
    }
  };

  return (
    <div className="public-large">
      <PageHeader title={t('public.status.title')} lead={<p>{t('public.status.lead')}</p>} />
      {status && (
        <Notice tone="success" title={t('public.status.of', { number: status.number })}>
          <p>{t(`public.state.${status.state}`)}</p>
          <p>
            {status.plannedDate
              ? t('public.status.planned', { date: formatDate(status.plannedDate) })
              : t('public.status.notPlanned')}
          </p>
        </Notice>
      )}
      {unknown && (
        <Notice tone="warn">
          <p>{t('public.status.unknown')}</p>
        </Notice>
      )}
      <Form onSubmit={submit} submitLabel={t('public.status.submit')}>
        <TextField
          name="number"
          label={t('public.status.number')}
          hint={t('public.status.number.hint')}
          width="medium"
          value={number}
          onChange={setNumber}
          spellCheck={false}
          autoCapitalize="characters"
        />
        <TextField
          name="phone"
          label={t('public.phone')}
          hint={t('public.status.phone.hint')}
          type="tel"
          width="medium"
          value={phone}
          onChange={setPhone}
        />
      </Form>
      <p>
        <Link to={`/request/${slug}`}>{t('public.back')}</Link>
      </p>
    </div>
  );
}
