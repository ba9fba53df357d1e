import { z } from 'zod';
import { SurveyTask } from '@valiza/domain';
import { Link, useSearchParams } from 'react-router';
import { LinkButton } from '../../ui/Button';
import { useApiGet } from '../../api/use-resource';
import { FlashNotice } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { SurveySettingsSection } from './SurveySettingsSection';

const SurveyList = z.object({ items: z.array(SurveyTask) });

/** `/quality/surveys`: the quality officer's calls to make, and those finished. */
export function SurveyListPage() {
  const t = useT();
  const [params] = useSearchParams();
  const state = params.get('state') === 'done' ? 'done' : 'open';
  const surveys = useApiGet(`/api/v1/surveys?state=${state}`, SurveyList);
  const columns: Column<SurveyTask>[] = [
    { key: 'request', header: t('surveys.col.request'), cell: (s) => s.requestNumber },
    { key: 'day', header: t('surveys.col.visitDay'), cell: (s) => formatDate(s.visitDay) },
    {
      key: 'due',
      header: t('surveys.col.due'),
      cell: (s) => (
        <>
          {formatDate(s.dueOn)}
          {s.overdue && <span className="tag tag--warn"> {t('surveys.overdue')}</span>}
        </>
      ),
    },
    { key: 'attempts', header: t('surveys.col.attempts'), cell: (s) => String(s.attempts) },
    { key: 'status', header: t('surveys.col.status'), cell: (s) => t(`surveys.status.${s.status}`) },
    {
      key: 'open',
      header: t('common.actions'),
      cell: (s) => (
        <Link to={`/quality/surveys/${s.id}`}>
          {t('surveys.call')}
          <span className="visually-hidden"> {s.requestNumber}</span>
        </Link>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('surveys.title')} lead={<p>{t('surveys.lead')}</p>} />
      <FlashNotice />
      <nav aria-label={t('surveys.caption')} className="btn-row">
        {(['open', 'done'] as const).map((tab) => (
          <LinkButton
            key={tab}
            variant={tab === state ? 'primary' : 'secondary'}
            aria-current={tab === state ? 'page' : undefined}
            to={`?state=${tab}`}
          >
            {t(`surveys.tab.${tab}`)}
          </LinkButton>
        ))}
      </nav>
      <Loaded resource={surveys}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('surveys.empty')} />
          ) : (
            <DataTable
              caption={t('surveys.caption')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(s) => s.id}
            />
          )
        }
      </Loaded>
      <SurveySettingsSection />
    </>
  );
}
