import type { IncomingMessage } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import { ERRORS, isProblem, MAX_ATTACHMENT_BYTES, problemMessage, type Locale } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { acceptUploadedFile } from './attachment.service.js';
import { declarationOf, readUploadDeclaration, uploadMetadata } from './upload-metadata.js';

export const UPLOADS_PATH = '/api/v1/uploads';

/** Unfinished uploads older than this are removed; a device resends them from the start. */
const UPLOAD_EXPIRY_MS = 30 * 86_400_000;

/** Who is uploading, for the tus hooks (which see only the raw request). */
export interface UploadContext {
  db: Db;
  actor: Actor;
  locale: Locale;
}

const contexts = new WeakMap<IncomingMessage, UploadContext>();

/** Attaches the request's actor and database to its raw request before tus handles it. */
export function bindUploadContext(raw: IncomingMessage, context: UploadContext): void {
  contexts.set(raw, context);
}

function contextOf(req: unknown): UploadContext {
  const raw = (req as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req;
  const context = raw ? contexts.get(raw) : undefined;
  if (!context) throw new Error('An upload request reached tus without its context.');
  return context;
}

/** A catalogued problem as tus sends an error: the status and our JSON body. */
function tusError(error: unknown, locale: Locale): unknown {
  if (!isProblem(error)) return error;
  return {
    status_code: ERRORS[error.code].status,
    body: JSON.stringify({
      error: {
        code: error.code,
        message: problemMessage(error.code, locale, error.params),
        details: error.details,
      },
    }),
  };
}

export interface TusUploads {
  readonly server: Server;
  /** The upload in progress under this id, or null. */
  find(id: string): Promise<Upload | null>;
}

/**
 * The tus server: uploads in progress live in `uploadsDir` (outside the file store, so backups skip
 * them) with their offsets on disk, so a partial upload survives a restart and resumes where it
 * stopped. An upload is named by its attachment id; when it finishes, the bytes are checked against
 * the declared SHA-256 and type and moved into the content-addressed store.
 */
export function createTusUploads(config: { uploadsDir: string; filesDir: string }): TusUploads {
  mkdirSync(config.uploadsDir, { recursive: true });
  const datastore = new FileStore({
    directory: config.uploadsDir,
    expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS,
  });
  const forget = (id: string) => datastore.configstore.delete(id);
  const server = new Server({
    path: UPLOADS_PATH,
    datastore,
    relativeLocation: true,
    maxSize: MAX_ATTACHMENT_BYTES,
    allowedOrigins: () => false,
    disableTerminationForFinishedUploads: true,
    namingFunction: (_req, metadata) => String(metadata?.attachmentId),
    async onUploadCreate(req, upload) {
      const { actor } = contextOf(req);
      const declared = readUploadDeclaration({
        'upload-length': String(upload.size),
        'upload-metadata': req.headers.get('upload-metadata') ?? undefined,
      });
      return { metadata: uploadMetadata(declared, actor) };
    },
    async onUploadFinish(req, upload) {
      const { db, actor, locale } = contextOf(req);
      try {
        await acceptUploadedFile(
          db,
          actor,
          config.filesDir,
          upload.storage?.path ?? join(config.uploadsDir, upload.id),
          declarationOf(upload),
        );
      } catch (error) {
        // A refused file is gone; the device starts it over. Anything else leaves the upload as is.
        if (isProblem(error)) await forget(upload.id);
        throw tusError(error, locale);
      }
      await forget(upload.id);
      return {};
    },
  });
  return {
    server,
    async find(id) {
      try {
        return await datastore.getUpload(id);
      } catch {
        return null;
      }
    },
  };
}
