import { isUuid, problem } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf, requireActor } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { findAttachment } from './attachment.repository.js';
import { attachmentState } from './attachment.service.js';
import { ownedBy, readUploadDeclaration } from './upload-metadata.js';
import { UPLOADS_PATH, type TusUploads } from './tus-uploads.js';

/** What to do with an upload request: hand it to tus, or answer it here. */
export type UploadDecision =
  { kind: 'tus'; actor: Actor | null } | { kind: 'answer'; status: number; headers: Record<string, string> };

const TUS = { 'Tus-Resumable': '1.0.0', 'Cache-Control': 'no-store' };

/** A creation answered at once: the upload is at `offset` already (all of it, when complete). */
function created(id: string, offset: number): UploadDecision {
  return {
    kind: 'answer',
    status: 201,
    headers: { ...TUS, Location: `${UPLOADS_PATH}/${id}`, 'Upload-Offset': String(offset) },
  };
}

/**
 * Checks an upload request before tus sees it: who is asking (anyone signed in to a centre, by
 * session or device), and whether the attachment is already known. A file received complete is
 * never taken again: creating it answers "complete", asking its offset answers its full length. An
 * upload in progress is its uploader's alone; another person, or another centre, gets `not_found`.
 */
export async function prepareUpload(
  db: Db,
  signedIn: Actor | null,
  request: { method: string; id: string | null; headers: Record<string, string | string[] | undefined> },
  uploads: TusUploads,
  filesDir: string,
): Promise<UploadDecision> {
  if (request.method === 'OPTIONS') return { kind: 'tus', actor: signedIn };
  const actor = requireActor(signedIn);
  centreOf(actor);
  if (request.method === 'POST') {
    if (request.id !== null) throw problem('not_found');
    const declared = readUploadDeclaration(request.headers);
    if ((await attachmentState(db, actor, filesDir, declared)) === 'complete')
      return created(declared.id, declared.size);
    const inProgress = await uploads.find(declared.id);
    if (!inProgress) return { kind: 'tus', actor };
    const sameFile = inProgress.size === declared.size && inProgress.metadata?.sha256 === declared.sha256;
    if (!ownedBy(inProgress, actor) || !sameFile) throw problem('files.id_conflict');
    return created(declared.id, inProgress.offset);
  }
  if (!request.id || !isUuid(request.id)) throw problem('not_found');
  const received = await findAttachment(db, request.id);
  if (received) {
    if (received.centreId !== actor.centreId) throw problem('not_found');
    if (request.method !== 'HEAD')
      throw problem(request.method === 'PATCH' ? 'files.offset_conflict' : 'files.complete');
    const size = String(received.size);
    return { kind: 'answer', status: 200, headers: { ...TUS, 'Upload-Offset': size, 'Upload-Length': size } };
  }
  const upload = await uploads.find(request.id);
  if (!upload || !ownedBy(upload, actor)) throw problem('not_found');
  return { kind: 'tus', actor };
}
