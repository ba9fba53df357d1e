import { Upload } from 'tus-js-client';
import { fieldDb, type UploadRow } from './local-db';

/**
 * Resumable upload of one attachment with tus-js-client (loaded lazily: only sync needs it). The
 * upload's URL is kept in IndexedDB under the attachment's id as fingerprint, so after a cut, a
 * reload or a restart the next attempt asks the server for its offset (`HEAD`) and sends only the
 * rest. Chunks of 64 KiB: a cut loses at most one chunk in flight, and each PATCH is small enough
 * for a weak mobile link.
 */
export const UPLOAD_CHUNK_BYTES = 64 * 1024;

type UploadOptions = ConstructorParameters<typeof Upload>[1];
type UrlStorage = NonNullable<UploadOptions['urlStorage']>;
type PreviousUpload = Awaited<ReturnType<UrlStorage['findAllUploads']>>[number];

function toPrevious(row: UploadRow): PreviousUpload {
  return { ...row, parallelUploadUrls: null };
}

/** tus-js-client's URL storage, in the field database (wiped with it). */
const urlStorage: UrlStorage = {
  async findAllUploads() {
    return (await fieldDb().uploads.toArray()).map(toPrevious);
  },
  async findUploadsByFingerprint(fingerprint) {
    return (await fieldDb().uploads.where('fingerprint').equals(fingerprint).toArray()).map(toPrevious);
  },
  async removeUpload(urlStorageKey) {
    await fieldDb().uploads.delete(urlStorageKey);
  },
  async addUpload(fingerprint, upload) {
    const urlStorageKey = `tus::${fingerprint}`;
    await fieldDb().uploads.put({
      urlStorageKey,
      fingerprint,
      uploadUrl: upload.uploadUrl ?? '',
      size: upload.size ?? 0,
      creationTime: upload.creationTime,
      metadata: upload.metadata,
    });
    return urlStorageKey;
  },
};

export interface AttachmentUpload {
  id: string;
  sha256: string;
  mediaType: string;
  blob: Blob;
}

/** Sends one file, resuming a previous upload of it when there is one. Resolves when the server has it. */
export function uploadAttachment(
  file: AttachmentUpload,
  authorization: string,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(file.blob, {
      endpoint: '/api/v1/uploads',
      chunkSize: UPLOAD_CHUNK_BYTES,
      // Retries inside one attempt; the sync engine retries attempts with its own backoff.
      retryDelays: [0, 1000, 3000],
      metadata: { attachmentId: file.id, sha256: file.sha256, mediaType: file.mediaType },
      headers: { Authorization: authorization },
      fingerprint: async () => `attachment:${file.id}`,
      urlStorage,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onSuccess: () => resolve(),
      onError: (error) => reject(error),
    });
    signal?.addEventListener('abort', () => void upload.abort(false));
    void upload
      .findPreviousUploads()
      .then((previous) => {
        const last = previous[0];
        if (last) upload.resumeFromPreviousUpload(last);
        upload.start();
      })
      .catch(reject);
  });
}
