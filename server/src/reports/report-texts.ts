import {
  CATEGORY_DEFINITIONS,
  type Locale,
  type ReportDimension,
  type ReportMeasure,
  type ReportRow,
} from '@valiza/domain';

type Texts = Record<string, string>;

const TEXTS: Record<Locale, Texts> = {
  uk: {
    title: 'Звіт мобільного ЦНАП',
    period: 'Період',
    requests: 'Заявки на виїзд',
    visits: 'Виїзди',
    visitsCompleted: 'Виїзди з наданою послугою',
    applications: 'Надані послуги (заяви)',
    waitingMedian: 'Очікування від заявки до виїзду, медіана (днів)',
    waitingP90: 'Очікування від заявки до виїзду, 90-й процентиль (днів)',
    topServices: 'Найпоширеніші послуги',
    category: 'за категорією',
    service: 'за послугою',
    locality: 'за населеним пунктом',
    administrator: 'за адміністратором',
    channel: 'за каналом звернення',
    none: 'не зазначено',
    count: 'Кількість',
    phone: 'телефон',
    in_person: 'особисто',
    email: 'ел. пошта',
    social_worker: 'соціальний працівник',
    web: 'вебсайт',
  },
  en: {
    title: 'Mobile office report',
    period: 'Period',
    requests: 'Visit requests',
    visits: 'Visits',
    visitsCompleted: 'Visits with a service delivered',
    applications: 'Services delivered (applications)',
    waitingMedian: 'Wait from request to visit, median (days)',
    waitingP90: 'Wait from request to visit, 90th percentile (days)',
    topServices: 'Top services',
    category: 'by category',
    service: 'by service',
    locality: 'by locality',
    administrator: 'by administrator',
    channel: 'by channel',
    none: 'not stated',
    count: 'Count',
    phone: 'phone',
    in_person: 'in person',
    email: 'e-mail',
    social_worker: 'social worker',
    web: 'website',
  },
};

/** A fixed text of printed and exported reports. */
export function reportText(locale: Locale, key: string): string {
  return TEXTS[locale][key] ?? key;
}

/** The title of a breakdown, e.g. "Виїзди за населеним пунктом". */
export function breakdownTitle(locale: Locale, measure: ReportMeasure, dimension: ReportDimension): string {
  return `${reportText(locale, measure)} ${reportText(locale, dimension)}`;
}

/** The name of a breakdown row in the language asked for. */
export function rowName(
  locale: Locale,
  dimension: ReportDimension,
  row: Pick<ReportRow, 'key' | 'label' | 'labelEn'>,
): string {
  if (row.key === 'none') return reportText(locale, 'none');
  if (dimension === 'category')
    return CATEGORY_DEFINITIONS.find((c) => c.code === row.key)?.name[locale] ?? row.key;
  if (dimension === 'channel') return reportText(locale, row.key);
  return (locale === 'en' ? row.labelEn : null) ?? row.label ?? row.key;
}
