import type { RegistrationRole } from '@vinhdanh/domain/movements/index';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';

/** Registrations are read wherever movements are (officers, the office, blocs, leaders). */
export const REGISTRATION_READ = 'movement.read' as const;

/** The roles the actor holds on a unit for registration: officer (write), reviewer (review). */
export function registrationRoles(actor: Actor, unitPath: string): RegistrationRole[] {
  const roles: RegistrationRole[] = [];
  if (hasPermission(actor, 'registration.write', unitPath)) roles.push('officer');
  if (hasPermission(actor, 'registration.review', unitPath)) roles.push('reviewer');
  return roles;
}

/** 404 outside what the actor can read; 403 when readable but they hold neither role. */
export function authorizeRegistration(actor: Actor, unitPath: string): RegistrationRole[] {
  const roles = registrationRoles(actor, unitPath);
  if (roles.length) return roles;
  if (!hasPermission(actor, REGISTRATION_READ, unitPath)) throw new AppError('NOT_FOUND', { entity: 'unit' });
  throw new AppError('FORBIDDEN', { permission: 'registration.write' });
}

export function assertRegistrationReadable(actor: Actor, unitPath: string): void {
  if (!hasPermission(actor, REGISTRATION_READ, unitPath) && registrationRoles(actor, unitPath).length === 0)
    throw new AppError('NOT_FOUND', { entity: 'unit' });
}
