import type { EligibilityCategory } from '@valiza/domain';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { categoryName } from './intake-api';
import type { Evidence } from './intake-draft';
import type { SectionProps } from './section-props';

const EVIDENCE: Evidence[] = ['seen', 'promised', 'none'];

/** The category that entitles the person to a visit, and what proves it. */
export function EligibilitySection({
  draft,
  update,
  categories,
}: SectionProps & {
  categories: readonly EligibilityCategory[];
}) {
  const t = useT();
  const { locale } = useLocale();
  const e = draft.eligibility;
  const chosen = categories.find((c) => c.code === e.category);
  const evidence = chosen && (locale === 'en' && chosen.evidenceEn ? chosen.evidenceEn : chosen.evidence);
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('intake.section.eligibility')}</legend>
      <Select
        name="eligibility.category"
        label={t('intake.category')}
        value={e.category}
        onChange={(category) => update('eligibility', { category })}
        emptyOption={t('common.choose')}
        options={categories
          .filter((c) => c.enabled)
          .map((c) => ({ value: c.code, label: categoryName(c, locale) }))}
        hint={evidence ? t('intake.category.evidence', { evidence }) : undefined}
      />
      <Select
        name="eligibility.evidence"
        label={t('intake.evidence')}
        value={e.evidence}
        onChange={(v) => update('eligibility', { evidence: v as Evidence })}
        options={EVIDENCE.map((v) => ({ value: v, label: t(`requests.evidence.${v}`) }))}
      />
      <TextField
        name="eligibility.evidenceNote"
        label={t('intake.evidenceNote')}
        hint={t('intake.evidenceNote.hint')}
        value={e.evidenceNote}
        onChange={(evidenceNote) => update('eligibility', { evidenceNote })}
        optional
      />
    </fieldset>
  );
}
