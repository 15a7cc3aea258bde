import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { blocRoutes } from './blocs/bloc.routes.ts';
import { certificateRoutes } from './certificates/certificates.routes.ts';
import { councilRoutes } from './council/council.routes.ts';
import { decisionRoutes } from './decisions/decisions.routes.ts';
import { dossierRoutes } from './dossiers/dossiers.routes.ts';
import { eligibilityRoutes } from './eligibility/eligibility.routes.ts';
import { importRoutes } from './imports/imports.routes.ts';
import { notificationRoutes } from './notifications/notifications.routes.ts';
import { movementRoutes } from './movements/movements.routes.ts';
import { portalRoutes } from './portal/portal.routes.ts';
import { parameterRoutes } from './parameters/parameters.routes.ts';
import { registrationRoutes } from './registrations/registrations.routes.ts';
import { scoringRoutes } from './scoring/scoring.routes.ts';

/** Feature modules beyond the foundation register here (one line each). */
export const moduleRoutes: Array<(api: FastifyInstance, deps: Deps) => void> = [
  eligibilityRoutes,
  parameterRoutes,
  importRoutes,
  movementRoutes,
  registrationRoutes,
  blocRoutes,
  scoringRoutes,
  dossierRoutes,
  notificationRoutes,
  councilRoutes,
  certificateRoutes,
  decisionRoutes,
  portalRoutes,
];
