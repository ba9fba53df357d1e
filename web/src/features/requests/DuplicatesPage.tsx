import { ApplicantCard, type DuplicateGroup } from '@valiza/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { formatDate, formatPhone } from '../../i18n/format';
import { useDescribeFailure } from '../../i18n/use-describe-failure';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { DuplicateList } from './requests-api';
import './requests.css';

interface Merge {
  keep: DuplicateGroup['applicants'][number];
  others: DuplicateGroup['applicants'];
}

/** `/applicants/duplicates`: people probably recorded twice; the head keeps one and merges the rest into it. */
export function DuplicatesPage() {
  const t = useT();
  const describe = useDescribeFailure();
  const navigate = useNavigate();
  const groups = useApiGet('/api/v1/applicants/duplicates', DuplicateList);
  const [merge, setMerge] = useState<Merge | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const confirm = async () => {
    if (!merge) return;
    setBusy(true);
    try {
      const body = { mergeIds: merge.others.map((o) => o.id) };
      const card = await api.post(`/api/v1/applicants/${merge.keep.id}/merge`, body, ApplicantCard);
      navigate(`/applicants/${card.applicant.id}`, {
        state: flash('applicants.merged', { name: card.applicant.fullName }),
      });
    } catch (error) {
      setFailure(error);
      setMerge(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('applicants.duplicates.title')} lead={<p>{t('applicants.duplicates.lead')}</p>} />
      {failure !== null && (
        <Notice tone="error">
          <p>{describe(failure)}</p>
        </Notice>
      )}
      <Loaded resource={groups}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('applicants.duplicates.empty')} />
          ) : (
            data.items.map((group) => (
              <section key={group.applicants.map((a) => a.id).join()} className="checklist">
                <p className="checklist__title">{t(`applicants.duplicates.reason.${group.reason}`)}</p>
                <ul className="choice-list">
                  {group.applicants.map((a) => (
                    <li key={a.id}>
                      <Link to={`/applicants/${a.id}`}>{a.fullName}</Link>
                      {' · '}
                      {a.birthDate ? formatDate(a.birthDate) : t('common.notSet')}
                      {a.phones.length > 0 && ` · ${a.phones.map(formatPhone).join(', ')}`}
                      {a.lastAddress && ` · ${a.lastAddress}`}{' '}
                      <Button
                        variant="secondary"
                        onClick={() =>
                          setMerge({ keep: a, others: group.applicants.filter((o) => o.id !== a.id) })
                        }
                      >
                        {t('applicants.duplicates.keep')}
                        <span className="visually-hidden"> {a.fullName}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )
        }
      </Loaded>
      <ConfirmDialog
        open={merge !== null}
        title={t('applicants.duplicates.confirm.title')}
        confirmLabel={t('applicants.duplicates.confirm')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setMerge(null)}
      >
        <p>
          {merge &&
            t('applicants.duplicates.confirm.text', { name: merge.keep.fullName, n: merge.others.length })}
        </p>
      </ConfirmDialog>
    </>
  );
}
