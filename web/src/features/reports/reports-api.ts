import type { MessageKey } from '../../i18n/messages';
import type { Role } from '@valiza/domain';

/** Who reads a centre's reports; the head alone publishes a quarter. */
export const REPORT_READERS: readonly Role[] = ['head', 'quality'];
export const REGION_READERS: readonly Role[] = ['regional_observer'];

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface PeriodChoice {
  kind: PeriodKind;
  year: string;
  month: string;
  quarter: string;
  from: string;
  to: string;
}

/** The row name of a breakdown in the interface language. */
export function rowLabel(
  t: (key: MessageKey) => string,
  dimension: string,
  row: { key: string; label: string | null; labelEn: string | null },
  locale: string,
): string {
  if (row.key === 'none') return t('reports.none');
  if (dimension === 'category') return t(`reports.category.${row.key}` as MessageKey);
  if (dimension === 'channel') return t(`reports.channel.${row.key}` as MessageKey);
  return (locale === 'en' ? row.labelEn : null) ?? row.label ?? row.key;
}
