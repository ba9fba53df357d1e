import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ERRORS,
  issuesToDetails,
  isProblem,
  pickLocale,
  problemMessage,
  type ErrorCode,
  type Locale,
  type ProblemDetail,
} from '@valiza/domain';
import { RequestValidationError } from './validation.js';

/** Sends `{ error: { code, message, details } }` with the catalogue's status, in the request's language. */
export function sendProblem(
  reply: FastifyReply,
  locale: Locale,
  code: ErrorCode,
  details: readonly ProblemDetail[] = [],
  params: Record<string, string | number> = {},
): FastifyReply {
  return reply
    .status(ERRORS[code].status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message: problemMessage(code, locale, params), details } });
}

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation.malformed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation.malformed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation.malformed',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'validation.unsupported_media',
  FST_ERR_CTP_BODY_TOO_LARGE: 'validation.too_large',
  FST_ERR_VALIDATION: 'validation.failed',
};

/**
 * Every error leaves as a catalogued answer. Expected problems and bad input are 4xx with a
 * localised message; anything else is logged (without request data) and answered as `internal`.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale ?? pickLocale(request.headers['accept-language']);
    if (isProblem(error)) {
      if (error.retryAfterSeconds !== null) reply.header('Retry-After', String(error.retryAfterSeconds));
      return sendProblem(reply, locale, error.code, error.details, error.params);
    }
    if (error instanceof RequestValidationError) {
      const prefix = error.part === 'body' ? '' : error.part;
      return sendProblem(reply, locale, 'validation.failed', issuesToDetails(error.issues, locale, prefix));
    }
    if (error.statusCode === 429) {
      const retryAfter = reply.getHeader('retry-after');
      return sendProblem(reply, locale, 'rate_limited', [], { seconds: Number(retryAfter ?? 60) });
    }
    const mapped = error.code ? FRAMEWORK_CODES[error.code] : undefined;
    if (mapped) return sendProblem(reply, locale, mapped);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, locale, error.statusCode === 404 ? 'not_found' : 'validation.malformed');
    }
    // Database errors may carry row values in `detail`; log only what identifies the fault.
    request.log.error(
      { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
      'unhandled error',
    );
    return sendProblem(reply, locale, 'internal');
  });
}
