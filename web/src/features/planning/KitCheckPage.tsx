import { useState } from 'react';
import { KIT_CHECK_ITEMS, KitCheck, KitCheckBody, type KitCheckItem } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate, formatTime } from '../../i18n/format';
import { textOrNull } from '../../i18n/parse';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox';
import { DataTable } from '../../ui/DataTable';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { DayPicker } from './DayPicker';
import { KitCheckList, KitList } from './planning-api';
import { useDayParam } from './use-day-param';
import './planning.css';

const NONE = Object.fromEntries(KIT_CHECK_ITEMS.map((item) => [item, false])) as Record<
  KitCheckItem,
  boolean
>;

/** The checklist a technician or an administrator fills before a kit leaves, and each kit's state. */
export function KitCheckPage() {
  const t = useT();
  const { locale } = useLocale();
  const [day, setDay] = useDayParam();
  const kits = useApiGet('/api/v1/kits', KitList);
  const checks = useApiGet(`/api/v1/kit-checks?day=${day}`, KitCheckList);
  const [kitId, setKitId] = useState('');
  const [items, setItems] = useState(NONE);
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async () => {
    const body = validate(KitCheckBody, { kitId, day, items, notes: textOrNull(notes) }, locale);
    const check = await api.post('/api/v1/kit-checks', body, KitCheck);
    const code = kits.data?.items.find((k) => k.id === check.kitId)?.code ?? '';
    setSaved(
      check.ready ? t('kitCheck.savedReady', { kit: code }) : t('kitCheck.savedNotReady', { kit: code }),
    );
    setItems(NONE);
    setNotes('');
    checks.reload();
  };

  return (
    <>
      <PageHeader title={t('kitCheck.title')} lead={<p>{t('kitCheck.lead')}</p>} />
      <DayPicker day={day} onChange={setDay} />
      {saved && <Notice tone="success">{saved}</Notice>}
      <Loaded resource={kits} waitFor={[checks]}>
        {(kitData) => {
          const latest = new Map<string, KitCheck>();
          for (const c of checks.data?.items ?? []) if (!latest.has(c.kitId)) latest.set(c.kitId, c);
          const active = kitData.items.filter((k) => k.active);
          return (
            <>
              <DataTable
                caption={t('kitCheck.caption', { day: formatDate(day) })}
                columns={[
                  { key: 'kit', header: t('kitCheck.kit'), cell: (k) => k.code },
                  {
                    key: 'state',
                    header: t('common.status'),
                    cell: (k) => {
                      const c = latest.get(k.id);
                      if (!c) return <span className="tag tag--off">{t('kitCheck.unchecked')}</span>;
                      return c.ready ? (
                        <span className="tag tag--on">{t('kitCheck.ready')}</span>
                      ) : (
                        <span className="tag tag--warn">
                          {t('kitCheck.missing', {
                            items: c.missing
                              .map((m) => t(`planning.kitItem.${m as KitCheckItem}`))
                              .join(', '),
                          })}
                        </span>
                      );
                    },
                  },
                  {
                    key: 'at',
                    header: t('kitCheck.checkedAt'),
                    cell: (k) => {
                      const c = latest.get(k.id);
                      return c ? formatTime(c.checkedAt) : '';
                    },
                  },
                ]}
                rows={active}
                rowKey={(k) => k.id}
              />
              <h2>{t('kitCheck.formTitle')}</h2>
              <Form onSubmit={submit} submitLabel={t('kitCheck.submit')}>
                <Select
                  name="kitId"
                  label={t('kitCheck.kit')}
                  value={kitId}
                  onChange={setKitId}
                  emptyOption={t('common.choose')}
                  options={active.map((k) => ({ value: k.id, label: k.code }))}
                />
                <CheckboxGroup name="items" legend={t('kitCheck.items')} hint={t('kitCheck.items.hint')}>
                  {KIT_CHECK_ITEMS.map((item) => (
                    <Checkbox
                      key={item}
                      name={`items.${item}`}
                      label={t(`planning.kitItem.${item}`)}
                      checked={items[item]}
                      onChange={(on) => setItems({ ...items, [item]: on })}
                    />
                  ))}
                </CheckboxGroup>
                <TextField
                  name="notes"
                  label={t('kitCheck.notes')}
                  value={notes}
                  onChange={setNotes}
                  multiline
                  optional
                />
              </Form>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
