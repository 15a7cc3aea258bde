import {
  publicCertificateSchema,
  publicDisclosureListSchema,
  publicDisclosureSchema,
  publicHonourFacetsSchema,
  publicHonourListSchema,
  publicMovementListSchema,
  publicStoryListSchema,
  publicStorySchema,
} from '@vinhdanh/contracts';
import { api, type Query } from '../../api/client.ts';

export const portalApi = {
  honours: (query: Query, signal?: AbortSignal) =>
    api.get('/public/honours', { query, schema: publicHonourListSchema, signal }),
  facets: (signal?: AbortSignal) =>
    api.get('/public/honours/facets', { schema: publicHonourFacetsSchema, signal }),
  certificate: (code: string, signal?: AbortSignal) =>
    api.get(`/public/certificates/${encodeURIComponent(code)}`, { schema: publicCertificateSchema, signal }),
  movements: (query: Query, signal?: AbortSignal) =>
    api.get('/public/movements', { query, schema: publicMovementListSchema, signal }),
  disclosures: (query: Query, signal?: AbortSignal) =>
    api.get('/public/disclosures', { query, schema: publicDisclosureListSchema, signal }),
  disclosure: (id: number, signal?: AbortSignal) =>
    api.get(`/public/disclosures/${id}`, { schema: publicDisclosureSchema, signal }),
  comment: (id: number, body: unknown) => api.post(`/public/disclosures/${id}/comments`, { body }),
  stories: (query: Query, signal?: AbortSignal) =>
    api.get('/public/stories', { query, schema: publicStoryListSchema, signal }),
  story: (id: number, signal?: AbortSignal) =>
    api.get(`/public/stories/${id}`, { schema: publicStorySchema, signal }),
};
