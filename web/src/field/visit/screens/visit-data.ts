import { FieldVisit, Service, type SnapshotVisit } from '@valiza/domain';
import { fieldStore } from '../..';
import { readMeta } from '../../local-db';
import { devicePerson } from '../../session';
import { loadDraft } from '../flow/draft-store';
import { newDraft, type VisitDraft } from '../flow/visit-draft';

/** Everything a visit screen reads from the device: the plan's visit, what was pulled for it, the draft. */
export interface VisitData {
  readonly visit: SnapshotVisit;
  readonly fieldVisit: FieldVisit | null;
  readonly services: readonly Service[];
  readonly draft: VisitDraft;
  readonly administratorName: string;
  /** The certifying administrator's person id: the device's person (see `administratorIdFor`). */
  readonly administratorId: string | null;
  readonly centreName: string;
}

/**
 * The address the public reaches the server at (`PUBLIC_URL`), as the registration or the last pull
 * said; the app is served from the same origin, so that origin stands in only on a device that has
 * neither (set up before the address was kept, and not pulled since).
 */
export async function publicUrlOf(): Promise<string> {
  return (await readMeta<string>('publicUrl')) ?? window.location.origin;
}

/**
 * Who certifies copies at a visit: the person the device is registered to, whoever else the plan puts
 * on the visit. A device set up before the person's id was kept falls back to the plan's only staff
 * member; null (copies go uncertified) when that is ambiguous too.
 */
export function administratorIdFor(staffIds: readonly string[]): string | null {
  return devicePerson()?.id ?? (staffIds.length === 1 ? staffIds[0]! : null);
}

/** Finds a visit in the plans held on the device. */
export async function findPlannedVisit(visitId: string): Promise<SnapshotVisit | null> {
  for (const plan of await fieldStore.plans()) {
    const visit = plan.visits.find((v) => v.id === visitId);
    if (visit) return visit;
  }
  return null;
}

/** Loads a visit's data and its draft (a new one from the pulled checklists when none is saved). */
export async function loadVisitData(visitId: string): Promise<VisitData | null> {
  const visit = await findPlannedVisit(visitId);
  if (!visit) return null;
  const [fieldVisit, services, saved, centre] = await Promise.all([
    fieldStore
      .entities('field_visit', FieldVisit)
      .then((all) => all.find((v) => v.visitId === visitId) ?? null),
    fieldStore.entities('service', Service),
    loadDraft(visitId),
    fieldStore.centre(),
  ]);
  const byId = new Map(services.map((s) => [s.id, s]));
  const draft =
    saved ??
    newDraft(
      visitId,
      fieldVisit
        ? fieldVisit.services.map((s) => {
            const service = byId.get(s.serviceId);
            return {
              serviceId: s.serviceId,
              name: service?.name ?? visit.services.find((v) => v.id === s.serviceId)?.name ?? '',
              documents: s.documents.map((d) => ({ id: d.id, name: d.name, form: d.form })),
              paymentMethod: s.paymentMethod,
              feeKop: service ? (service.fee.kind === 'paid' ? service.fee.amountKopiyky : 0) : null,
            };
          })
        : visit.services.map((s) => {
            const service = byId.get(s.id);
            return {
              serviceId: s.id,
              name: s.name,
              documents: s.documents.map((name) => ({ id: null, name })),
              paymentMethod: visit.payment,
              feeKop: service ? (service.fee.kind === 'paid' ? service.fee.amountKopiyky : 0) : null,
            };
          }),
    );
  const person = devicePerson();
  return {
    visit,
    fieldVisit,
    services,
    draft,
    administratorName: person?.name ?? '',
    administratorId: administratorIdFor(visit.staffIds),
    centreName: centre?.name ?? '',
  };
}
