import { notificationListSchema, type notificationSchema } from '@vinhdanh/contracts';
import { z } from 'zod';
import { api } from '../../api/client.ts';

export { notificationListSchema };
export type Notification = z.infer<typeof notificationSchema>;

export const unreadCountSchema = z.object({ unread: z.number() });
export const readResponseSchema = z.object({ ok: z.literal(true), unread: z.number() });

/** Said on the window whenever notifications were read somewhere, so the bell and the page agree. */
export const NOTIFICATIONS_CHANGED = 'vinhdanh:notifications-changed';

export async function markRead(ids?: number[]): Promise<number> {
  const res = await api.post('/notifications/read', {
    body: ids ? { ids } : {},
    schema: readResponseSchema,
  });
  window.dispatchEvent(new CustomEvent(NOTIFICATIONS_CHANGED, { detail: res.unread }));
  return res.unread;
}

/** In-app links are paths ("/dossiers/12"); anything else opens as a plain link. */
export function isInAppLink(link: string): boolean {
  return link.startsWith('/') && !link.startsWith('//');
}
