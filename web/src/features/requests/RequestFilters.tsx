import { REQUEST_STATES, type EligibilityCategory, type Locality, type Service } from '@valiza/domain';
import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { categoryName, serviceName } from '../intake/intake-api';
import { FILTER_KEYS, type FilterKey } from './requests-api';

interface RequestFiltersProps {
  params: URLSearchParams;
  onApply: (params: URLSearchParams) => void;
  categories: readonly EligibilityCategory[];
  localities: readonly Locality[];
  services: readonly Service[];
}

/** State, category, locality, service, dates and a search by name, phone, address or number. */
export function RequestFilters({ params, onApply, categories, localities, services }: RequestFiltersProps) {
  const t = useT();
  const { locale } = useLocale();
  const [values, setValues] = useState<Record<FilterKey, string>>(() => {
    const v = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<
      FilterKey,
      string
    >;
    if (!params.has('state')) v.state = 'new';
    return v;
  });
  const set = (key: FilterKey) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) if (values[key]) next.set(key, values[key].trim());
    if (!values.state) next.set('state', 'all');
    next.set('order', values.state === 'new' ? 'oldest' : 'newest');
    onApply(next);
  };
  return (
    <form className="filters" role="search" aria-label={t('requests.filters')} onSubmit={apply}>
      <TextField
        name="q"
        label={t('requests.filter.q')}
        type="search"
        width="medium"
        value={values.q}
        onChange={set('q')}
      />
      <Select
        name="state"
        label={t('requests.filter.state')}
        value={values.state}
        onChange={set('state')}
        emptyOption={t('requests.filter.any')}
        options={REQUEST_STATES.map((s) => ({ value: s, label: t(`requests.state.${s}`) }))}
      />
      <Select
        name="category"
        label={t('requests.filter.category')}
        value={values.category}
        onChange={set('category')}
        emptyOption={t('requests.filter.any')}
        options={categories.map((c) => ({ value: c.code, label: categoryName(c, locale) }))}
      />
      <Select
        name="localityId"
        label={t('requests.filter.locality')}
        value={values.localityId}
        onChange={set('localityId')}
        emptyOption={t('requests.filter.any')}
        options={localities.map((l) => ({ value: l.id, label: l.name }))}
      />
      <Select
        name="serviceId"
        label={t('requests.filter.service')}
        value={values.serviceId}
        onChange={set('serviceId')}
        emptyOption={t('requests.filter.any')}
        options={services.map((s) => ({ value: s.id, label: serviceName(s, locale) }))}
      />
      <DateField
        name="from"
        label={t('requests.filter.from')}
        optional
        value={values.from}
        onChange={set('from')}
      />
      <DateField name="to" label={t('requests.filter.to')} optional value={values.to} onChange={set('to')} />
      <div className="field">
        <Button type="submit" variant="secondary">
          {t('requests.filter.apply')}
        </Button>
      </div>
    </form>
  );
}
