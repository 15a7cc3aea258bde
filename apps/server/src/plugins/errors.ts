import { errorMessages } from '@vinhdanh/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.ts';

/** Fastify's own error codes for bad input, mapped to ours with a Vietnamese message. */
const FASTIFY_CODES: Record<string, { code: string; status: number; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_REQUEST', status: 400, message: 'Nội dung JSON không hợp lệ.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_REQUEST', status: 400, message: 'Thiếu nội dung JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
    message: errorMessages.PAYLOAD_TOO_LARGE,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    message: errorMessages.UNSUPPORTED_MEDIA_TYPE,
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_REQUEST',
    status: 400,
    message: 'Độ dài nội dung không hợp lệ.',
  },
  FST_REQ_FILE_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
    message: 'Tệp tải lên vượt quá dung lượng cho phép.',
  },
  FST_FILES_LIMIT: { code: 'BAD_REQUEST', status: 400, message: 'Chỉ được tải lên một tệp mỗi lần.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'BAD_REQUEST',
    status: 400,
    message: 'Yêu cầu phải là multipart/form-data.',
  },
};

export function registerErrorHandler(app: FastifyInstance, opts: { spaFallback: boolean }): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const requestId = request.id;
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, details: err.details, requestId } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message,
      }));
      const first = details[0];
      const message = first
        ? `Dữ liệu không hợp lệ ở trường "${first.path}": ${first.message}`
        : errorMessages.VALIDATION_FAILED;
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message, details, requestId } });
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known)
      return reply
        .status(known.status)
        .send({ error: { code: known.code, message: known.message, requestId } });
    if (err.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'RATE_LIMITED', message: errorMessages.RATE_LIMITED, requestId } });
    }
    if (isResponseSerializationError(err))
      request.log.error({ err, issues: err.cause }, 'response does not match schema');
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({
        error: {
          code: 'BAD_REQUEST',
          message: errorMessages.BAD_REQUEST,
          details: { reason: err.message },
          requestId,
        },
      });
    } else request.log.error({ err }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: errorMessages.INTERNAL, requestId } });
  });

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the single-page app: any other GET outside the API gets index.html.
    if (opts.spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: errorMessages.NOT_FOUND, requestId: request.id } });
  });
}
