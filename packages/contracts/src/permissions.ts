import { z } from 'zod';

/** Permissions are `resource.action`; a role grants a set of them on a unit subtree. */
export const permissions = [
  'unit.read',
  'unit.write',
  'person.read',
  'person.write',
  'record.write',
  'import.run',
  'user.read',
  'user.write',
  'audit.read',
  'eligibility.read',
  'parameter.write',
  'movement.read',
  'movement.write',
  'registration.write',
  'registration.review',
  'bloc.read',
  'bloc.write',
  'score.self',
  'score.review',
  'dossier.read',
  'dossier.write',
  'dossier.appraise',
  /** Council: read sessions and results; manage members, sessions, attendance (secretary); vote (members). */
  'council.read',
  'council.manage',
  'council.vote',
  /** Public disclosure and moderation of citizens' comments (the commendation office). */
  'disclosure.manage',
  /** Decisions: prepare drafts (office), issue and sign (signer), revoke. */
  'decision.read',
  'decision.write',
  'decision.issue',
  'story.write',
] as const;
export type Permission = (typeof permissions)[number];

export const roles = [
  'admin',
  'unit_officer',
  'bloc_leader',
  'appraiser',
  'council_member',
  'council_secretary',
  'signer',
  'viewer',
] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

const READ: Permission[] = ['unit.read', 'person.read', 'eligibility.read'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  unit_officer: [
    ...READ,
    'person.write',
    'record.write',
    'import.run',
    'movement.read',
    'movement.write',
    'registration.write',
    'bloc.read',
    'score.self',
    'dossier.read',
    'dossier.write',
  ],
  bloc_leader: [...READ, 'movement.read', 'bloc.read', 'bloc.write', 'score.review'],
  appraiser: [
    ...READ,
    'movement.read',
    'registration.review',
    'bloc.read',
    'score.review',
    // Not dossier.read: appraisers see the dossiers addressed to the very unit they are granted on.
    'dossier.appraise',
    'council.read',
    'disclosure.manage',
    'decision.read',
    'decision.write',
    'story.write',
  ],
  council_member: ['unit.read', 'council.read', 'council.vote'],
  council_secretary: ['unit.read', 'council.read', 'council.manage', 'decision.read'],
  signer: [
    ...READ,
    'movement.read',
    'bloc.read',
    'dossier.read',
    'council.read',
    'decision.read',
    'decision.write',
    'decision.issue',
  ],
  viewer: [...READ, 'movement.read', 'bloc.read', 'dossier.read', 'council.read', 'decision.read'],
};

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  unit_officer: { vi: 'Cán bộ TĐKT đơn vị', en: 'Unit officer' },
  bloc_leader: { vi: 'Trưởng khối thi đua', en: 'Bloc leader' },
  appraiser: { vi: 'Chuyên viên thẩm định', en: 'Appraiser' },
  council_member: { vi: 'Thành viên Hội đồng', en: 'Council member' },
  council_secretary: { vi: 'Thư ký Hội đồng', en: 'Council secretary' },
  signer: { vi: 'Người ký quyết định', en: 'Signer' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};
