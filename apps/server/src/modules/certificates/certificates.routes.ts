import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam } from '@vinhdanh/contracts';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { awardCertificate, type CertificateFile, decisionCertificates } from './certificates.service.ts';

const tags = ['certificates'];

export function certificateRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { database, clock } = deps;
  const { db } = database;

  const send = (reply: FastifyReply, f: CertificateFile) =>
    reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
      .header('x-certificate-pages', String(f.pages))
      .send(f.body);

  api.get(
    '/decisions/:id/certificates.pdf',
    {
      schema: {
        tags,
        summary:
          'In bằng khen, giấy khen, danh hiệu của một quyết định đã ban hành (một tệp PDF, mỗi người một trang; bỏ qua khen thưởng đã hủy)',
        params: idParam,
      },
    },
    async (req, reply) => send(reply, await decisionCertificates(db, ctxOf(req, clock), req.params.id)),
  );
  api.get(
    '/decision-awards/:id/certificate.pdf',
    {
      schema: {
        tags,
        summary: 'In bằng khen, giấy khen của một người, tập thể (khen thưởng đã hủy bỏ: từ chối)',
        params: idParam,
      },
    },
    async (req, reply) => send(reply, await awardCertificate(db, ctxOf(req, clock), req.params.id)),
  );
}
