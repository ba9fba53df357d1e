import type { ApplicantListItem } from '@valiza/domain';
import { useId, useState, type KeyboardEvent } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { formatDate, formatPhone } from '../../i18n/format';
import { useDescribeFailure } from '../../i18n/use-describe-failure';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { ApplicantSearch } from './intake-api';
import type { SectionProps } from './section-props';

/** The person the visit is for: found among the centre's applicants by name or phone, or new. */
export function ApplicantSection({ draft, update }: SectionProps) {
  const t = useT();
  const describe = useDescribeFailure();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ApplicantListItem[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const a = draft.applicant;

  const search = async () => {
    if (query.trim().length < 2) return;
    setFailure(null);
    try {
      const answer = await api.get(
        `/api/v1/applicants?q=${encodeURIComponent(query.trim())}&limit=10`,
        ApplicantSearch,
      );
      setFound(answer.items);
    } catch (error) {
      setFailure(error);
    }
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter searches here; it never sends the form.
    event.preventDefault();
    void search();
  };
  const choose = (p: ApplicantListItem) => {
    update('applicant', {
      id: p.id,
      fullName: p.fullName,
      birthDate: p.birthDate ? formatDate(p.birthDate) : '',
      phone1: p.phones[0] ? formatPhone(p.phones[0]) : '',
      phone2: p.phones[1] ? formatPhone(p.phones[1]) : '',
      registered: p.registeredInCommunity === null ? 'unknown' : p.registeredInCommunity ? 'yes' : 'no',
    });
    setFound(null);
  };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('intake.section.applicant')}</legend>
      {a.id ? (
        <Notice
          title={t('intake.applicant.existing', { name: a.fullName })}
          actions={
            <Button variant="secondary" onClick={() => update('applicant', { id: null })}>
              {t('intake.applicant.asNew')}
            </Button>
          }
        >
          <p>{t('intake.applicant.existing.hint')}</p>
        </Notice>
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            {t('intake.applicant.search')}
          </label>
          <div id={`${searchId}-hint`} className="field__hint">
            {t('intake.applicant.search.hint')}
          </div>
          <div className="row-edit">
            <input
              id={searchId}
              type="search"
              className="input input--medium"
              aria-describedby={`${searchId}-hint`}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onSearchKey}
            />
            <Button variant="secondary" onClick={() => void search()}>
              {t('intake.applicant.searchButton')}
            </Button>
          </div>
        </div>
      )}
      {failure !== null && (
        <Notice tone="error">
          <p>{describe(failure)}</p>
        </Notice>
      )}
      {found && (
        <div role="region" aria-live="polite" aria-label={t('intake.applicant.results')}>
          {found.length === 0 ? (
            <p>{t('intake.applicant.none')}</p>
          ) : (
            <ul className="choice-list">
              {found.map((p) => (
                <li key={p.id}>
                  <Button variant="secondary" onClick={() => choose(p)}>
                    {t('intake.applicant.choose', {
                      name: p.fullName,
                      born: p.birthDate ? formatDate(p.birthDate) : t('common.notSet'),
                    })}
                  </Button>{' '}
                  <span className="field__hint">
                    {[p.phones.map(formatPhone).join(', '), p.lastAddress ?? ''].filter(Boolean).join(' · ')}
                    {p.openRequests > 0 && ` · ${t('intake.applicant.openRequests', { n: p.openRequests })}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TextField
        name="applicant.fullName"
        label={t('intake.applicant.fullName')}
        value={a.fullName}
        onChange={(fullName) => update('applicant', { fullName })}
        autoComplete="off"
      />
      <TextField
        name="applicant.birthDate"
        label={t('intake.applicant.birthDate')}
        hint={t('intake.applicant.birthDate.hint')}
        inputMode="numeric"
        width="short"
        value={a.birthDate}
        onChange={(birthDate) => update('applicant', { birthDate })}
      />
      <TextField
        name="applicant.phones.0"
        label={t('intake.applicant.phone1')}
        hint={t('common.phone.hint')}
        type="tel"
        width="medium"
        optional
        value={a.phone1}
        onChange={(phone1) => update('applicant', { phone1 })}
      />
      <TextField
        name="applicant.phones.1"
        label={t('intake.applicant.phone2')}
        type="tel"
        width="medium"
        optional
        value={a.phone2}
        onChange={(phone2) => update('applicant', { phone2 })}
      />
      <Select
        name="applicant.registeredInCommunity"
        label={t('intake.applicant.registered')}
        value={a.registered}
        onChange={(v) => update('applicant', { registered: v as 'yes' | 'no' | 'unknown' })}
        options={[
          { value: 'yes', label: t('intake.applicant.registered.yes') },
          { value: 'no', label: t('intake.applicant.registered.no') },
          { value: 'unknown', label: t('intake.applicant.registered.unknown') },
        ]}
      />
    </fieldset>
  );
}
