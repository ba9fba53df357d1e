import { useState } from 'react';
import { addDays, civilDateIn, StaffAbsence, StaffAbsenceBody, StaffHours } from '@valiza/domain';
import { api } from '../../api/client';
import { itemsOf } from '../../api/lists';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { textOrNull } from '../../i18n/parse';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Form } from '../../ui/Form';
import { FailureNotice, Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { StaffCrewList } from '../planning/planning-api';
import { useAction } from '../planning/use-action';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { parseShownDate } from './calendar-logic';
import { StaffHoursForm } from './StaffHoursForm';
import '../planning/planning.css';

const AbsenceList = itemsOf(StaffAbsence);
const KINDS = ['leave', 'sick', 'training', 'other'] as const;

/** Administrators' absences (two months ahead), each person's own hours and their calendar link. */
export function StaffTimePage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const isHead = me.roles.includes('head');
  const today = civilDateIn(new Date());
  const crew = useApiGet('/api/v1/planning/crew', StaffCrewList);
  const absences = useApiGet(`/api/v1/absences?from=${today}&to=${addDays(today, 60)}`, AbsenceList);
  const [personId, setPersonId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<string>('leave');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState('');
  const hours = useApiGet(chosen ? `/api/v1/staff/${chosen}/hours` : null, StaffHours);
  const remove = useAction(async (id: string) => {
    await api.delete(`/api/v1/absences/${id}`);
    absences.reload();
  });

  const add = async () => {
    const body = validate(
      StaffAbsenceBody,
      {
        personId,
        from: parseShownDate(from) ?? from,
        to: parseShownDate(to) ?? to,
        kind,
        note: textOrNull(note),
      },
      locale,
    );
    await api.post('/api/v1/absences', body, StaffAbsence);
    setFrom('');
    setTo('');
    setNote('');
    absences.reload();
  };

  return (
    <>
      <PageHeader title={t('staffTime.title')} lead={<p>{t('staffTime.lead')}</p>} />
      <Loaded resource={crew} waitFor={[absences]}>
        {(people) => {
          const names = new Map(people.items.map((p) => [p.id, p.name]));
          return (
            <>
              <h2>{t('staffTime.absences')}</h2>
              {remove.failure ? <FailureNotice failure={remove.failure} /> : null}
              {(absences.data?.items.length ?? 0) === 0 ? (
                <p>{t('staffTime.absences.empty')}</p>
              ) : (
                <DataTable
                  caption={t('staffTime.absences')}
                  captionHidden
                  columns={[
                    { key: 'who', header: t('staffTime.person'), cell: (a) => names.get(a.personId) ?? '' },
                    {
                      key: 'when',
                      header: t('staffTime.period'),
                      cell: (a) => `${formatDate(a.from)} – ${formatDate(a.to)}`,
                    },
                    { key: 'kind', header: t('staffTime.kind'), cell: (a) => t(`staffTime.kind.${a.kind}`) },
                    { key: 'note', header: t('staffTime.note'), cell: (a) => a.note ?? '' },
                    ...(isHead
                      ? [
                          {
                            key: 'actions',
                            header: t('common.actions'),
                            cell: (a: StaffAbsence) => (
                              <Button onClick={() => void remove.start(a.id)}>
                                {t('common.remove')}
                                <span className="visually-hidden"> {names.get(a.personId)}</span>
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                  rows={absences.data?.items ?? []}
                  rowKey={(a) => a.id}
                />
              )}
              {isHead && (
                <>
                  <h3>{t('staffTime.absences.add')}</h3>
                  <Form onSubmit={add} submitLabel={t('staffTime.absences.add')}>
                    <Select
                      name="personId"
                      label={t('staffTime.person')}
                      value={personId}
                      onChange={setPersonId}
                      emptyOption={t('common.choose')}
                      options={people.items.map((p) => ({ value: p.id, label: p.name }))}
                    />
                    <div className="row-edit">
                      <TextField
                        name="from"
                        label={t('staffTime.from')}
                        hint={t('staffTime.date.hint')}
                        value={from}
                        onChange={setFrom}
                        width="short"
                      />
                      <TextField
                        name="to"
                        label={t('staffTime.to')}
                        hint={t('staffTime.date.hint')}
                        value={to}
                        onChange={setTo}
                        width="short"
                      />
                    </div>
                    <Select
                      name="kind"
                      label={t('staffTime.kind')}
                      value={kind}
                      onChange={setKind}
                      options={KINDS.map((k) => ({ value: k, label: t(`staffTime.kind.${k}`) }))}
                    />
                    <TextField
                      name="note"
                      label={t('staffTime.note')}
                      value={note}
                      onChange={setNote}
                      optional
                    />
                  </Form>
                </>
              )}
              <h2>{t('staffTime.person.title')}</h2>
              <Select
                name="chosen"
                label={t('staffTime.person')}
                value={chosen}
                onChange={setChosen}
                emptyOption={t('common.choose')}
                options={people.items
                  .filter((p) => p.roles.includes('administrator'))
                  .map((p) => ({ value: p.id, label: p.name }))}
              />
              {chosen && (
                <div className="panel" key={chosen}>
                  <h3>{t('staffTime.hours', { name: names.get(chosen) ?? '' })}</h3>
                  <Loaded resource={hours}>{(h) => <StaffHoursForm value={h} canEdit={isHead} />}</Loaded>
                  <h3>{t('staffTime.feed', { name: names.get(chosen) ?? '' })}</h3>
                  {isHead || chosen === me.person.id ? <CalendarFeedPanel personId={chosen} /> : null}
                </div>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
