import {
  disclosureCandidatesSchema,
  staffDisclosureListSchema,
  staffDisclosureResponse,
  staffStoryListSchema,
  staffStorySchema,
} from '@vinhdanh/contracts';
import { api } from '../../api/client.ts';

export const disclosuresApi = {
  list: (page: number, signal?: AbortSignal) =>
    api.get('/disclosures', { query: { page, pageSize: 20 }, schema: staffDisclosureListSchema, signal }),
  candidates: (unitId: number, signal?: AbortSignal) =>
    api.get('/disclosures/candidates', { query: { unitId }, schema: disclosureCandidatesSchema, signal }),
  create: (body: unknown) => api.post('/disclosures', { body, schema: staffDisclosureResponse }),
  get: (id: number, signal?: AbortSignal) =>
    api.get(`/disclosures/${id}`, { schema: staffDisclosureResponse, signal }),
  withdraw: (id: number) => api.post(`/disclosures/${id}/withdraw`, { schema: staffDisclosureResponse }),
  moderate: (id: number, commentId: number, status: 'approved' | 'rejected') =>
    api.post(`/disclosures/${id}/comments/${commentId}/moderate`, {
      body: { status },
      schema: staffDisclosureResponse,
    }),
  answer: (id: number, commentId: number, answer: string) =>
    api.post(`/disclosures/${id}/comments/${commentId}/answer`, {
      body: { answer },
      schema: staffDisclosureResponse,
    }),
  stories: (signal?: AbortSignal) => api.get('/stories', { schema: staffStoryListSchema, signal }),
  createStory: (body: unknown) => api.post('/stories', { body, schema: staffStorySchema }),
  updateStory: (id: number, body: unknown) => api.patch(`/stories/${id}`, { body, schema: staffStorySchema }),
  publishStory: (id: number, published: boolean) =>
    api.post(`/stories/${id}/publish`, { body: { published }, schema: staffStorySchema }),
};
