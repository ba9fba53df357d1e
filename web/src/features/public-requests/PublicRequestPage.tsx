import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { useApiGet } from '../../api/use-resource';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatPhone } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { categoryName } from '../intake/intake-api';
import '../requests/requests.css';
import { PublicCentre, publicCentrePath } from './public-api';
import { PublicRequestForm } from './PublicRequestForm';

/**
 * `/request/:slug`: a relative (or the person) asks for a visit of the mobile office, without signing
 * in. Plain words, large type; the answer is the request number to quote and to check the status with.
 */
export function PublicRequestPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const centre = useApiGet(publicCentrePath(slug), PublicCentre);
  const [number, setNumber] = useState<string | null>(null);
  if (centre.error instanceof ApiError && centre.error.code === 'not_found')
    return (
      <div className="public-large">
        <PageHeader title={t('public.centreNotFound')} />
      </div>
    );
  return (
    <div className="public-large">
      <Loaded resource={centre}>
        {(c) =>
          number ? (
            <>
              <PageHeader title={t('public.accepted.title')} />
              <Notice tone="success" title={t('public.accepted.number')}>
                <p className="public-number">{number}</p>
              </Notice>
              <p>{t('public.accepted.text')}</p>
              {c.phone && <p>{t('public.centrePhone', { phone: formatPhone(c.phone) })}</p>}
              <p>
                <Link to={`/request/${slug}/status`}>{t('public.status.link')}</Link>
              </p>
            </>
          ) : (
            <>
              <PageHeader title={t('public.title')} lead={<p>{t('public.lead', { centre: c.name })}</p>} />
              <section className="section-block" aria-labelledby="who-may">
                <h2 id="who-may">{t('public.whoMay')}</h2>
                <ul>
                  {c.categories.map((cat) => (
                    <li key={cat.code}>
                      <CategoryLine name={cat} />
                    </li>
                  ))}
                </ul>
              </section>
              <section className="section-block" aria-labelledby="how">
                <h2 id="how">{t('public.how')}</h2>
                <ol>
                  <li>{t('public.how.1')}</li>
                  <li>{t('public.how.2')}</li>
                  <li>{t('public.how.3')}</li>
                </ol>
                <p>{t('public.free')}</p>
              </section>
              <section className="section-block" aria-labelledby="form-title">
                <h2 id="form-title">{t('public.form')}</h2>
                <PublicRequestForm centre={c} onAccepted={setNumber} />
              </section>
              <p>
                <Link to={`/request/${slug}/status`}>{t('public.status.link')}</Link>
              </p>
            </>
          )
        }
      </Loaded>
    </div>
  );
}

function CategoryLine({ name: c }: { name: PublicCentre['categories'][number] }) {
  const t = useT();
  const { locale } = useLocale();
  return <>{t('public.category.line', { name: categoryName(c, locale), evidence: c.evidence })}</>;
}
