import {
  certificateCodeParam,
  commentAnswerBody,
  commentModerateBody,
  commentParam,
  disclosureCandidatesQuery,
  disclosureCandidatesSchema,
  disclosureCreateBody,
  disclosureListQuery,
  idParam,
  publicCertificateSchema,
  publicCommentAccepted,
  publicCommentBody,
  publicDisclosureListSchema,
  publicDisclosureSchema,
  publicHonourFacetsSchema,
  publicHonourListSchema,
  publicHonourQuery,
  publicListQuery,
  publicMovementListSchema,
  publicStoryListSchema,
  publicStorySchema,
  staffDisclosureListSchema,
  staffDisclosureResponse,
  staffStoryListSchema,
  staffStorySchema,
  storyBody,
  storyPublishBody,
  storyUpdateBody,
} from '@vinhdanh/contracts';
import { COMMENT_RATE_LIMIT } from '@vinhdanh/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requirePermission } from '../../lib/policy.ts';
import { ctxOf } from '../../plugins/auth.ts';
import {
  answerComment,
  createDisclosure,
  disclosureCandidates,
  listDisclosures,
  moderateComment,
  staffDisclosure,
  withdrawDisclosure,
} from './disclosure.service.ts';
import {
  honourFacets,
  publicDisclosure,
  publicDisclosures,
  publicMovements,
  publicStories,
  publicStory,
  searchHonours,
  submitComment,
  verifyCertificate,
} from './public.service.ts';
import { createStory, getStory, listStories, publishStory, updateStory } from './story.service.ts';

const publicTags = ['public'];
/** Public pages may be cached briefly by browsers and proxies; they hold nothing private. */
const cacheFor = (seconds: number) => `public, max-age=${seconds}`;

/**
 * The public portal (no login, no CSRF: `config.public`) under /public/*, and the staff side of
 * disclosures and stories (disclosure.manage / story.write, unit-scoped: 404 outside).
 */
export function portalRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { database, clock } = deps;
  const pub = { public: true, skipCsrf: true } as const;

  // ---- public --------------------------------------------------------------------------------
  api.get(
    '/public/honours',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Bảng vinh danh: tìm theo tên không dấu, lọc năm, đơn vị, danh hiệu (không cần đăng nhập)',
        querystring: publicHonourQuery,
        response: { 200: publicHonourListSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', cacheFor(60));
      return searchHonours(database, req.query);
    },
  );
  api.get(
    '/public/honours/facets',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Các lựa chọn lọc của bảng vinh danh',
        response: { 200: publicHonourFacetsSchema },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', cacheFor(300));
      return honourFacets(database);
    },
  );
  api.get(
    '/public/certificates/:code',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Xác minh bằng khen/giấy khen theo mã (mã QR in trên bằng)',
        params: certificateCodeParam,
        response: { 200: publicCertificateSchema },
      },
    },
    (req) => verifyCertificate(database, req.params.code),
  );
  api.get(
    '/public/movements',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Phong trào thi đua đã phát động',
        querystring: publicListQuery,
        response: { 200: publicMovementListSchema },
      },
    },
    (req) => publicMovements(database, req.query),
  );
  api.get(
    '/public/stories',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Gương người tốt, việc tốt đã đăng',
        querystring: publicListQuery,
        response: { 200: publicStoryListSchema },
      },
    },
    (req) => publicStories(database, req.query),
  );
  api.get(
    '/public/stories/:id',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Một bài gương người tốt, việc tốt',
        params: idParam,
        response: { 200: publicStorySchema },
      },
    },
    (req) => publicStory(database, req.params.id),
  );
  api.get(
    '/public/disclosures',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Danh sách đề nghị khen thưởng đang/đã công khai lấy ý kiến',
        querystring: publicListQuery,
        response: { 200: publicDisclosureListSchema },
      },
    },
    (req) => publicDisclosures(database, clock(), req.query),
  );
  api.get(
    '/public/disclosures/:id',
    {
      config: pub,
      schema: {
        tags: publicTags,
        summary: 'Một danh sách công khai, với các góp ý đã duyệt và câu trả lời',
        params: idParam,
        response: { 200: publicDisclosureSchema },
      },
    },
    (req) => publicDisclosure(database, clock(), req.params.id),
  );
  api.post(
    '/public/disclosures/:id/comments',
    {
      config: {
        ...pub,
        rateLimit: {
          max: COMMENT_RATE_LIMIT.max,
          timeWindow: COMMENT_RATE_LIMIT.windowMs,
          keyGenerator: (req) => `comment|${req.ip}`,
        },
      },
      schema: {
        tags: publicTags,
        summary: 'Gửi góp ý, phản ánh về danh sách (chờ kiểm duyệt trước khi hiển thị)',
        params: idParam,
        body: publicCommentBody,
        response: { 202: publicCommentAccepted },
      },
    },
    async (req, reply) =>
      reply.code(202).send(await submitComment(database, clock(), req.params.id, req.body, req.ip)),
  );

  // ---- staff: disclosures ---------------------------------------------------------------------
  const tags = ['disclosures'];
  api.get(
    '/disclosures',
    {
      schema: {
        tags,
        summary: 'Các đợt công khai trong phạm vi quản lý',
        querystring: disclosureListQuery,
        response: { 200: staffDisclosureListSchema },
      },
    },
    (req) => {
      const ctx = ctxOf(req, clock);
      requirePermission(ctx.actor, 'disclosure.manage');
      return listDisclosures(database, ctx, req.query);
    },
  );
  api.get(
    '/disclosures/candidates',
    {
      schema: {
        tags,
        summary: 'Hồ sơ gửi đến đơn vị đã thẩm định xong hoặc đang trình Hội đồng (có thể công khai)',
        querystring: disclosureCandidatesQuery,
        response: { 200: disclosureCandidatesSchema },
      },
    },
    (req) => disclosureCandidates(database, ctxOf(req, clock), req.query.unitId),
  );
  api.post(
    '/disclosures',
    {
      schema: {
        tags,
        summary: 'Công khai danh sách đề nghị từ các hồ sơ đã thẩm định',
        body: disclosureCreateBody,
        response: { 201: staffDisclosureResponse },
      },
    },
    async (req, reply) => reply.code(201).send(await createDisclosure(database, ctxOf(req, clock), req.body)),
  );
  api.get(
    '/disclosures/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết đợt công khai và mọi góp ý',
        params: idParam,
        response: { 200: staffDisclosureResponse },
      },
    },
    (req) => staffDisclosure(database, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/disclosures/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Rút danh sách khỏi cổng công khai',
        params: idParam,
        response: { 200: staffDisclosureResponse },
      },
    },
    (req) => withdrawDisclosure(database, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/disclosures/:id/comments/:commentId/moderate',
    {
      schema: {
        tags,
        summary: 'Duyệt hoặc không duyệt một góp ý',
        params: commentParam,
        body: commentModerateBody,
        response: { 200: staffDisclosureResponse },
      },
    },
    (req) =>
      moderateComment(database, ctxOf(req, clock), req.params.id, req.params.commentId, req.body.status),
  );
  api.post(
    '/disclosures/:id/comments/:commentId/answer',
    {
      schema: {
        tags,
        summary: 'Trả lời góp ý (hiển thị công khai cùng góp ý đã duyệt)',
        params: commentParam,
        body: commentAnswerBody,
        response: { 200: staffDisclosureResponse },
      },
    },
    (req) => answerComment(database, ctxOf(req, clock), req.params.id, req.params.commentId, req.body.answer),
  );

  // ---- staff: stories -------------------------------------------------------------------------
  const storyTags = ['stories'];
  api.get(
    '/stories',
    {
      schema: {
        tags: storyTags,
        summary: 'Bài gương người tốt, việc tốt trong phạm vi',
        response: { 200: staffStoryListSchema },
      },
    },
    (req) => {
      const ctx = ctxOf(req, clock);
      requirePermission(ctx.actor, 'story.write');
      return listStories(database, ctx);
    },
  );
  api.post(
    '/stories',
    {
      schema: {
        tags: storyTags,
        summary: 'Viết bài mới (bản nháp)',
        body: storyBody,
        response: { 201: staffStorySchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createStory(database, ctxOf(req, clock), req.body)),
  );
  api.get(
    '/stories/:id',
    {
      schema: {
        tags: storyTags,
        summary: 'Một bài viết',
        params: idParam,
        response: { 200: staffStorySchema },
      },
    },
    (req) => getStory(database, ctxOf(req, clock), req.params.id),
  );
  api.patch(
    '/stories/:id',
    {
      schema: {
        tags: storyTags,
        summary: 'Sửa bài viết',
        params: idParam,
        body: storyUpdateBody,
        response: { 200: staffStorySchema },
      },
    },
    (req) => updateStory(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/stories/:id/publish',
    {
      schema: {
        tags: storyTags,
        summary: 'Đăng hoặc gỡ bài khỏi cổng thông tin',
        params: idParam,
        body: storyPublishBody,
        response: { 200: staffStorySchema },
      },
    },
    (req) => publishStory(database, ctxOf(req, clock), req.params.id, req.body.published),
  );
}
