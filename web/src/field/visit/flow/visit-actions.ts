import {
  APPLICATION_REGISTER_VERSION,
  INCIDENT_REPORT_VERSION,
  uuidv7,
  VISIT_ARRIVE_VERSION,
  VISIT_FINISH_VERSION,
  type FieldPosition,
  type PulledNumberBlock,
} from '@valiza/domain';
import { enqueue, type NewAttachment } from '../..';
import { buildDocumentPdf, type PdfPageImage } from '../capture/document-pdf';
import { drawStampPng } from '../capture/stamp';
import { exportSignaturePng } from '../form/signature';
import { feedbackTokenHash, newFeedbackToken } from '../registration/feedback-token';
import { nextNumber, printedNumber } from '../registration/take-number';
import { loadPage, markNumberUsed, saveDraft, usedNumbers } from './draft-store';
import { arrivePayload, finishPayload, incidentPayload, registerPayload } from './visit-commands';
import { includedServices, finished } from './visit-flow';
import type { DraftApplication, DraftService, VisitDraft } from './visit-draft';

/**
 * The steps that store work for sending. Each saves the draft first with the ids it is about to use,
 * then enqueues with those ids: if the tab dies in between, the retry finds the command already in
 * the outbox (`enqueue` refuses a second add of the same id) instead of registering twice.
 */

function isDuplicateAdd(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'ConstraintError' || /ConstraintError|Key already exists/.test(error.message))
  );
}

async function enqueueOnce(...args: Parameters<typeof enqueue>): Promise<void> {
  try {
    await enqueue(...args);
  } catch (error) {
    if (!isDuplicateAdd(error)) throw error;
  }
}

/** Records the arrival and enqueues `visit.arrive`. */
export async function recordArrival(
  draft: VisitDraft,
  at: Date,
  position: FieldPosition | null,
): Promise<VisitDraft> {
  const next: VisitDraft = {
    ...draft,
    arrival: { at: at.toISOString(), position, commandId: uuidv7() },
    step: 'notice',
  };
  await saveDraft(next);
  await enqueueOnce('visit.arrive', arrivePayload(next), {
    formatVersion: VISIT_ARRIVE_VERSION,
    id: next.arrival!.commandId,
    deviceTime: at,
  });
  return next;
}

/** The context registration needs from the store and the session. */
export interface RegistrationContext {
  readonly applicantId: string;
  readonly requestId: string | null;
  readonly administratorName: string;
  readonly administratorId: string | null;
  readonly numberBlocks: readonly PulledNumberBlock[];
  /** The stamp's lines: "certified copy", the administrator's name and the date. */
  readonly stampLines: readonly string[];
}

async function documentPdf(service: DraftService, key: string, context: RegistrationContext, now: Date) {
  const document = service.documents.find((d) => d.key === key)!;
  const pages: PdfPageImage[] = [];
  for (const page of document.pages) {
    const bytes = await loadPage(page.fileId);
    if (!bytes) throw new Error('A captured page is missing on this device.');
    pages.push({ bytes, width: page.width, height: page.height });
  }
  const certification =
    document.certified && context.administratorId
      ? { lines: context.stampLines, stampPng: await drawStampPng(context.stampLines) }
      : undefined;
  return buildDocumentPdf(pages, { title: document.name, certification, createdAt: now });
}

/**
 * Registers every service of the visit that is not registered yet: one application each, with its
 * logbook number from the device's blocks, its documents as one PDF each, the signature, and a
 * one-time feedback token whose hash is sent. Returns the draft with the applications added.
 */
export async function registerApplications(
  draft: VisitDraft,
  context: RegistrationContext,
  now = new Date(),
): Promise<VisitDraft> {
  let current = draft;
  const signature = await exportSignaturePng(draft.signature!);
  for (const service of includedServices(draft)) {
    if (current.applications.some((a) => a.serviceId === service.serviceId)) continue;
    const pending =
      current.pendingApplication?.application.serviceId === service.serviceId
        ? current.pendingApplication
        : null;
    const prepared = pending ?? (await prepareApplication(service, context, now));
    if (!pending) {
      current = { ...current, pendingApplication: prepared };
      await saveDraft(current);
    }
    const { application } = prepared;
    const documentAttachments = new Map(prepared.documentAttachments);
    const attachments: NewAttachment[] = [];
    for (const [key, id] of prepared.documentAttachments) {
      const pdf = await documentPdf(service, key, context, now);
      attachments.push({
        id,
        blob: new Blob([pdf as BlobPart], { type: 'application/pdf' }),
        mediaType: 'application/pdf',
      });
    }
    const signatureAttachmentId = prepared.signatureAttachmentId;
    attachments.push({
      id: signatureAttachmentId,
      blob: new Blob([signature as BlobPart], { type: 'image/png' }),
      mediaType: 'image/png',
    });
    const number = { year: application.year, value: application.value };
    const payload = registerPayload(current, service, {
      applicationId: application.applicationId,
      applicantId: context.applicantId,
      requestId: context.requestId,
      number,
      registeredAt: application.registeredAt,
      feedbackTokenHash: await feedbackTokenHash(application.feedbackToken),
      documentAttachments,
      signatureAttachmentId,
      certifiedBy: context.administratorId,
    });
    await enqueueOnce('application.register', payload, {
      formatVersion: APPLICATION_REGISTER_VERSION,
      id: application.commandId,
      attachments,
      deviceTime: now,
    });
    current = {
      ...current,
      applications: [...current.applications, application],
      pendingApplication: undefined,
    };
    await saveDraft(current);
  }
  current = { ...current, step: 'confirmation' };
  await saveDraft(current);
  return current;
}

/** Takes a number (marked used at once) and makes the ids and the token of one application. */
async function prepareApplication(service: DraftService, context: RegistrationContext, now: Date) {
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Kyiv', year: 'numeric' }).format(now),
  );
  const number = nextNumber(context.numberBlocks, await usedNumbers(), year);
  if (!number) throw new NoNumbersLeftError();
  await markNumberUsed(number);
  const application: DraftApplication = {
    serviceId: service.serviceId,
    applicationId: uuidv7(),
    commandId: uuidv7(),
    year: number.year,
    value: number.value,
    printedNumber: printedNumber(context.numberBlocks, number),
    feedbackToken: newFeedbackToken(),
    registeredAt: now.toISOString(),
    documents: service.documents
      .filter((d) => d.present)
      .map((d) => ({ name: d.name, pages: d.pages.length, original: d.original, certified: d.certified })),
  };
  return {
    application,
    documentAttachments: service.documents
      .filter((d) => d.present && d.pages.length > 0)
      .map((d) => [d.key, uuidv7()] as const),
    signatureAttachmentId: uuidv7(),
  };
}

/** Thrown when the device has no logbook numbers left: it must sync before registering more. */
export class NoNumbersLeftError extends Error {
  constructor() {
    super('No logbook numbers left on this device.');
    this.name = 'NoNumbersLeftError';
  }
}

/** Finishes the visit: `incident.report` for aggression, then `visit.finish`. */
export async function finishVisit(draft: VisitDraft, now = new Date()): Promise<VisitDraft> {
  const checked = finishPayload(draft, now);
  if (!checked.success) throw new Error('The outcome is incomplete.');
  const finishId = draft.finishCommandId ?? uuidv7();
  const incidentId = draft.incidentId ?? uuidv7();
  const withIds: VisitDraft = { ...draft, finishCommandId: finishId, incidentId };
  await saveDraft(withIds);
  const incident = incidentPayload(draft, incidentId, now);
  if (incident)
    await enqueueOnce('incident.report', incident, {
      formatVersion: INCIDENT_REPORT_VERSION,
      id: incidentId,
      deviceTime: now,
    });
  await enqueueOnce('visit.finish', checked.data, {
    formatVersion: VISIT_FINISH_VERSION,
    id: finishId,
    deviceTime: now,
  });
  const done = finished(withIds, finishId);
  await saveDraft(done);
  return done;
}
