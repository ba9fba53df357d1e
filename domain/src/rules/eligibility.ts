import { ageOn } from '../identifiers/birth-date.js';
import type { CategoryCode } from '../contracts/catalogue.js';
import type { Localised } from '../i18n/locale.js';

/**
 * The categories of people a mobile office serves. The model regulation of a centre makes two of them
 * mandatory for every community: disability group I, and people whom a medical commission found unable
 * to take care of themselves. The others are the community's choice.
 */
export const CATEGORY_CODES = [
  'disability_group_1',
  'self_care_incapable',
  'aged_80_plus',
  'immobile',
  'inpatient',
  'remote_locality',
  'everybody',
] as const;

/** The age from which the "80 or more" category applies. */
export const ELDERLY_AGE = 80;

export interface CategoryDefinition {
  readonly code: CategoryCode;
  readonly mandatory: boolean;
  readonly name: Localised;
  /** What proves the category unless the centre names something else. */
  readonly evidence: Localised;
}

export const CATEGORY_DEFINITIONS: readonly CategoryDefinition[] = [
  {
    code: 'disability_group_1',
    mandatory: true,
    name: { uk: 'Особа з інвалідністю I групи', en: 'Person with disability group I' },
    evidence: {
      uk: 'Посвідчення або довідка МСЕК про I групу інвалідності',
      en: 'Certificate of disability group I (medical and social expert commission)',
    },
  },
  {
    code: 'self_care_incapable',
    mandatory: true,
    name: {
      uk: 'Не може самостійно себе обслуговувати (висновок ЛКК)',
      en: 'Cannot take care of themselves (medical commission)',
    },
    evidence: {
      uk: 'Висновок лікарсько-консультативної комісії про потребу в постійному сторонньому догляді',
      en: "A medical commission's conclusion that the person needs constant care",
    },
  },
  {
    code: 'aged_80_plus',
    mandatory: false,
    name: { uk: 'Вік 80 років і більше', en: 'Aged 80 or more' },
    evidence: { uk: 'Паспорт (дата народження)', en: 'Passport (date of birth)' },
  },
  {
    code: 'immobile',
    mandatory: false,
    name: { uk: 'Не може пересуватися за станом здоров’я', en: 'Cannot move for health reasons' },
    evidence: {
      uk: 'Медична довідка або висновок лікаря',
      en: "A medical certificate or a doctor's conclusion",
    },
  },
  {
    code: 'inpatient',
    mandatory: false,
    name: { uk: 'Перебуває на стаціонарному лікуванні', en: 'Hospital in-patient' },
    evidence: {
      uk: 'Довідка закладу охорони здоров’я про стаціонарне лікування',
      en: "The hospital's certificate of in-patient treatment",
    },
  },
  {
    code: 'remote_locality',
    mandatory: false,
    name: { uk: 'Мешканець віддаленого населеного пункту', en: 'Resident of a remote locality' },
    evidence: {
      uk: 'Адреса проживання в населеному пункті, який ЦНАП визначив віддаленим',
      en: 'An address in a locality the centre marks remote',
    },
  },
  {
    code: 'everybody',
    mandatory: false,
    name: { uk: 'Усі охочі', en: 'Everybody' },
    evidence: { uk: 'Не потрібно', en: 'None needed' },
  },
];

/** The definition of a category. */
export function categoryDefinition(code: CategoryCode): CategoryDefinition {
  return CATEGORY_DEFINITIONS.find((c) => c.code === code)!;
}

/** Whether the law makes a category mandatory, so that no centre may switch it off. */
export function isMandatoryCategory(code: CategoryCode): boolean {
  return categoryDefinition(code).mandatory;
}

/** Whether a person born on `birthDate` is 80 or more on `today` (both `YYYY-MM-DD`, today in Kyiv). */
export function isAged80OrMore(birthDate: string, today: string): boolean {
  return ageOn(birthDate, today) >= ELDERLY_AGE;
}

/** What the intake knows that can confirm or contradict a category. */
export interface EligibilityFacts {
  readonly birthDate: string | null;
  readonly today: string;
  readonly placeKind: 'home' | 'hospital' | 'other_address' | 'outreach_point' | null;
  /** Whether the visit's locality is one the centre marks remote; null when it is not on the list. */
  readonly localityRemote: boolean | null;
}

/**
 * How the known facts bear on a category: `confirmed` (the data proves it: the birth date for 80+,
 * the locality for remote, the open offer for everybody), `contradicted` (the data says otherwise),
 * or `needs_evidence` (only a document or the operator's judgement can tell).
 */
export function assessCategory(
  code: CategoryCode,
  facts: EligibilityFacts,
): 'confirmed' | 'contradicted' | 'needs_evidence' {
  switch (code) {
    case 'everybody':
      return 'confirmed';
    case 'aged_80_plus':
      if (!facts.birthDate) return 'needs_evidence';
      return isAged80OrMore(facts.birthDate, facts.today) ? 'confirmed' : 'contradicted';
    case 'remote_locality':
      if (facts.localityRemote === null) return 'needs_evidence';
      return facts.localityRemote ? 'confirmed' : 'contradicted';
    case 'inpatient':
      if (facts.placeKind === null) return 'needs_evidence';
      return facts.placeKind === 'hospital' ? 'needs_evidence' : 'contradicted';
    default:
      return 'needs_evidence';
  }
}

/**
 * The categories of those the centre offers that the facts confirm, mandatory ones first: what the
 * operator can pick without further proof.
 */
export function confirmedCategories(
  offered: readonly CategoryCode[],
  facts: EligibilityFacts,
): CategoryCode[] {
  return CATEGORY_CODES.filter(
    (code) => offered.includes(code) && assessCategory(code, facts) === 'confirmed',
  );
}

/** The categories a centre offers: the mandatory ones always, the others when switched on. */
export function offeredCategories(enabled: readonly CategoryCode[]): CategoryCode[] {
  return CATEGORY_CODES.filter((code) => isMandatoryCategory(code) || enabled.includes(code));
}
