import type { EligibilityCategory, Service } from '@valiza/domain';
import type { CategorySettingRow } from './category.service.js';
import type { ServiceRow } from './service.repository.js';

export const presentService = (s: ServiceRow): Service => ({
  id: s.id,
  code: s.code,
  name: s.name,
  nameEn: s.nameEn,
  provider: s.provider,
  fieldDeliverable: s.fieldDeliverable,
  fee: s.fee,
  termDays: s.termDays,
  termKind: s.termKind,
  documents: s.documents.map((d) => ({ id: d.id, name: d.name, form: d.form, note: d.note })),
  estimatedMinutes: s.estimatedMinutes,
  demonstration: s.demonstration,
  active: s.active,
  version: s.version,
});

export const presentCategory = (c: CategorySettingRow): EligibilityCategory => ({ ...c });
