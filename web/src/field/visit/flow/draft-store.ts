import { fieldDb, readMeta, writeMeta } from '../../local-db';
import { requireKey } from '../../session';
import { openBytes, seal, sealBytes, unseal, type Sealed } from '../../vault';
import type { TakenNumber } from '../registration/take-number';
import type { VisitDraft } from './visit-draft';

/**
 * Visit drafts and their captured pages, on the device, sealed with the data key like everything
 * else of the field app. They live in the core's `meta` table — wiped with the device, and never
 * touched by a pull's reset (which replaces only pulled records) — under keys that name only the
 * visit or file id. Page bytes are kept one row per page, apart from the draft, so saving a draft
 * after each keystroke never rewrites the images.
 */
const draftKey = (visitId: string) => `visit-draft:${visitId}`;
const pageKey = (fileId: string) => `visit-page:${fileId}`;
const NUMBERS_USED = 'application-numbers-used';

/** Saves the draft of a visit (after every change). */
export async function saveDraft(draft: VisitDraft): Promise<void> {
  await writeMeta(draftKey(draft.visitId), await seal(requireKey(), draft));
}

/** The saved draft of a visit, or null. */
export async function loadDraft(visitId: string): Promise<VisitDraft | null> {
  const sealed = await readMeta<Sealed>(draftKey(visitId));
  return sealed ? unseal<VisitDraft>(requireKey(), sealed) : null;
}

/** Keeps the compressed bytes of a captured page. */
export async function savePage(fileId: string, bytes: Uint8Array): Promise<void> {
  await writeMeta(pageKey(fileId), await sealBytes(requireKey(), new Uint8Array(bytes)));
}

/** The bytes of a captured page, or null when it is gone. */
export async function loadPage(fileId: string): Promise<Uint8Array | null> {
  const sealed = await readMeta<Sealed>(pageKey(fileId));
  return sealed ? openBytes(requireKey(), sealed) : null;
}

/** Forgets pages (a retake, or a finished visit whose documents are in the outbox). */
export async function deletePages(fileIds: readonly string[]): Promise<void> {
  await fieldDb().meta.bulkDelete(fileIds.map(pageKey));
}

/** The logbook numbers this device has used (numbers are not personal: kept in clear). */
export async function usedNumbers(): Promise<TakenNumber[]> {
  return (await readMeta<TakenNumber[]>(NUMBERS_USED)) ?? [];
}

/**
 * Records a number as used before the application that carries it is stored: a crash between the
 * two leaves a gap (which the logbook explains), never the same number on two applications.
 */
export async function markNumberUsed(number: TakenNumber): Promise<void> {
  const db = fieldDb();
  await db.transaction('rw', db.meta, async () => {
    const used = ((await db.meta.get(NUMBERS_USED))?.value as TakenNumber[] | undefined) ?? [];
    await db.meta.put({ key: NUMBERS_USED, value: [...used, number] });
  });
}
