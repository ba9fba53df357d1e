import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NodeRequest, sendNodeResponse } from 'srvx/node';
import { problemMessage, type ErrorCode, type Locale } from '@valiza/domain';
import { bindUploadContext, createTusUploads, UPLOADS_PATH, type TusUploads } from './tus-uploads.js';
import { prepareUpload } from './upload.service.js';

/** tus's own plain-text refusals, as catalogued codes. */
const TUS_STATUS_CODES: Record<number, ErrorCode> = {
  404: 'not_found',
  410: 'not_found',
  409: 'files.offset_conflict',
  413: 'files.too_large',
};

/** Gives every error answer of tus the product's JSON body, in the request's language. */
async function asJsonError(response: Response, locale: Locale): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.text();
  const code =
    TUS_STATUS_CODES[response.status] ?? (response.status >= 500 ? 'internal' : 'validation.malformed');
  const body = text.startsWith('{"error"')
    ? text
    : JSON.stringify({
        error: { code, message: problemMessage(code, locale, { megabytes: 25 }), details: [] },
      });
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('Content-Length', String(Buffer.byteLength(body)));
  return new Response(body, { status: response.status, headers });
}

/**
 * Resumable uploads (tus 1.0) at `/api/v1/uploads`. Requests are authenticated like any other (a
 * session cookie with CSRF, or a device credential) before tus sees them; the request body of a
 * PATCH is left unread for tus to stream to disk.
 */
export async function uploadRoutes(app: FastifyInstance): Promise<void> {
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  // An answer given here before tus read the body (a refusal, an upload already complete) drains the
  // body and closes the connection: a client still sending would otherwise stall on a full socket,
  // and the half-read request would keep the connection from ever becoming idle.
  app.addHook('onSend', async (request, reply) => {
    if (request.raw.complete) return;
    reply.header('Connection', 'close');
    request.raw.resume();
  });
  let uploads: TusUploads | null = null;
  const tus = () => (uploads ??= createTusUploads(app.config));
  let sweeper: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    // Unfinished uploads past their expiry are removed daily; the device sends them from the start.
    sweeper = setInterval(
      () => void uploads?.server.cleanUpExpiredUploads().catch(() => undefined),
      86_400_000,
    );
    sweeper.unref();
  });
  app.addHook('onClose', async () => {
    if (sweeper) clearInterval(sweeper);
  });

  async function handle(req: FastifyRequest, reply: FastifyReply) {
    const path = req.url.split('?')[0] ?? '';
    const id = path.length > UPLOADS_PATH.length + 1 ? path.slice(UPLOADS_PATH.length + 1) : null;
    const decision = await prepareUpload(
      req.db,
      req.actor,
      { method: req.method, id, headers: req.headers },
      tus(),
      app.config.filesDir,
    );
    if (decision.kind === 'answer') return reply.code(decision.status).headers(decision.headers).send();
    if (decision.actor) bindUploadContext(req.raw, { db: req.db, actor: decision.actor, locale: req.locale });
    reply.hijack();
    const response = await tus().server.handleWeb(new NodeRequest({ req: req.raw, res: reply.raw }));
    await sendNodeResponse(reply.raw, await asJsonError(response, req.locale));
  }

  const methods = ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'] as const;
  app.route({ method: [...methods], url: UPLOADS_PATH, handler: handle });
  app.route({ method: [...methods], url: `${UPLOADS_PATH}/*`, handler: handle });
}
