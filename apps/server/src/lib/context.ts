import type { Role } from '@vinhdanh/contracts';

export interface ActorGrant {
  role: Role;
  unitId: number;
  unitPath: string;
}

/** Who is acting: put in place by the auth plugin, read by policies. It decides no business question. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  locale: 'vi' | 'en';
  mustChangePassword: boolean;
  grants: ActorGrant[];
  sessionId: string;
  csrfToken: string;
}

/** What every service call needs besides its arguments. */
export interface Ctx {
  actor: Actor;
  requestId: string;
  now: Date;
}
