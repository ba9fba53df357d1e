import { type EligibilityCategory, UpdateCategoriesBody } from '@valiza/domain';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { CategoryList, categoryName } from '../intake/intake-api';
import { CATALOGUE_EDITORS } from './catalogue-api';

/**
 * `/eligibility-categories`: whom the centre visits. The two categories the law makes mandatory are
 * shown switched on and locked; the head chooses the others and words the evidence.
 */
export function CategoriesPage() {
  const t = useT();
  const me = useMe();
  const categories = useApiGet('/api/v1/eligibility-categories', CategoryList);
  return (
    <>
      <PageHeader title={t('categories.title')} lead={<p>{t('categories.lead')}</p>} />
      <Loaded resource={categories}>
        {(data) => (
          <CategoriesForm
            key={JSON.stringify(data.items)}
            items={data.items}
            canEdit={canAccess(me.roles, CATALOGUE_EDITORS)}
            onSaved={categories.replace}
          />
        )}
      </Loaded>
    </>
  );
}

function CategoriesForm({
  items,
  canEdit,
  onSaved,
}: {
  items: EligibilityCategory[];
  canEdit: boolean;
  onSaved: (data: { items: EligibilityCategory[] }) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [list, setList] = useState(items);
  const [saved, setSaved] = useState(false);
  const change = (index: number, patch: Partial<EligibilityCategory>) => {
    setSaved(false);
    setList((l) => l.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  };
  const submit = async () => {
    const body = validate(
      UpdateCategoriesBody,
      {
        categories: list.map((c) => ({
          code: c.code,
          enabled: c.mandatory || c.enabled,
          evidence: c.evidence,
          evidenceEn: textOrNull(c.evidenceEn ?? ''),
        })),
      },
      locale,
    );
    onSaved(await api.put('/api/v1/eligibility-categories', body, CategoryList));
    setSaved(true);
  };
  const fields = list.map((c, index) => (
    <fieldset key={c.code} className="fieldset">
      <legend className="fieldset__legend">{categoryName(c, locale)}</legend>
      {c.mandatory ? (
        <p>
          <span className="tag tag--on">{t('categories.mandatory')}</span> {t('categories.mandatory.hint')}
        </p>
      ) : (
        canEdit && (
          <Checkbox
            name={`categories.${index}.enabled`}
            label={t('categories.enabled')}
            checked={c.enabled}
            onChange={(enabled) => change(index, { enabled })}
          />
        )
      )}
      {!c.mandatory && !canEdit && <p>{c.enabled ? t('common.active') : t('common.inactive')}</p>}
      {canEdit ? (
        <>
          <TextField
            name={`categories.${index}.evidence`}
            label={t('categories.evidence')}
            value={c.evidence}
            onChange={(evidence) => change(index, { evidence })}
          />
          <TextField
            name={`categories.${index}.evidenceEn`}
            label={t('categories.evidenceEn')}
            optional
            value={c.evidenceEn ?? ''}
            onChange={(evidenceEn) => change(index, { evidenceEn })}
          />
        </>
      ) : (
        <p>{t('categories.evidence.read', { evidence: c.evidence })}</p>
      )}
    </fieldset>
  ));
  if (!canEdit) return <>{fields}</>;
  return (
    <Form onSubmit={submit} submitLabel={t('common.save')}>
      {saved && (
        <Notice tone="success">
          <p>{t('common.saved')}</p>
        </Notice>
      )}
      {fields}
    </Form>
  );
}
