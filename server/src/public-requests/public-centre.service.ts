import { problem, type PublicCentre } from '@valiza/domain';
import { centreCategories } from '../catalogue/category.service.js';
import { listServices } from '../catalogue/service.repository.js';
import type { Db } from '../db/database.js';
import { findCentreBySlug } from '../org/centre.repository.js';
import { listLocalities } from '../org/locality.repository.js';

/**
 * What the public request page shows about a centre: its name and contacts, the categories it
 * serves, the services it delivers in the field with their documents, and its localities. No staff,
 * nothing about any person.
 */
export async function publicCentre(db: Db, slug: string): Promise<PublicCentre> {
  const centre = await findCentreBySlug(db, slug);
  if (!centre) throw problem('not_found');
  const [categories, services, localities] = await Promise.all([
    centreCategories(db, centre.id),
    listServices(db, centre.id, true),
    listLocalities(db, centre.communityId),
  ]);
  return {
    slug: centre.slug,
    name: centre.name,
    address: centre.address,
    phone: centre.phone,
    categories: categories
      .filter((c) => c.enabled)
      .map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, evidence: c.evidence })),
    services: services
      .filter((s) => s.fieldDeliverable)
      .map((s) => ({
        id: s.id,
        name: s.name,
        nameEn: s.nameEn,
        fee: s.fee,
        documents: s.documents.map((d) => ({ name: d.name, form: d.form, note: d.note })),
      })),
    localities: localities.map((l) => ({ id: l.id, name: l.name })),
  };
}
