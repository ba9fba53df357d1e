import {
  ApplicantListItem,
  EligibilityCategory,
  Locality,
  OutreachPoint,
  RiskPreview,
  Service,
  type Locale,
} from '@valiza/domain';
import { z } from 'zod';
import { itemsOf } from '../../api/lists';

export const ServiceList = itemsOf(Service);
export const CategoryList = itemsOf(EligibilityCategory);
export const LocalityList = itemsOf(Locality);
export const OutreachPointList = itemsOf(OutreachPoint);
export const ApplicantSearch = z.object({ items: z.array(ApplicantListItem) });
export { RiskPreview };

/** What the intake form needs from the centre: its services, categories, localities, points. */
export interface IntakeLists {
  services: Service[];
  categories: EligibilityCategory[];
  localities: Locality[];
  outreachPoints: OutreachPoint[];
}

/** A service's name in the interface language (the English one when there is one). */
export function serviceName(s: { name: string; nameEn: string | null }, locale: Locale): string {
  return locale === 'en' && s.nameEn ? s.nameEn : s.name;
}

/** A category's name in the interface language. */
export function categoryName(c: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? c.nameEn : c.name;
}
