import type { Role } from '@rapport/shared/contracts';
import { HIDDEN_FROM_OTHER_MANAGER, PANEL_ROLES, route, type MakeFn, type RouteSpec } from './route-spec';
import { leader } from './world';

/**
 * Reports and exports (issue 6). Exports are for HR, the owner and admins; the hiring manager also
 * exports about their own openings; self-identification and adverse impact are HR's and the
 * owner's alone (DESIGN.md §7).
 */
const EXPORTERS: Role[] = ['owner', 'admin', 'hr'];
const OPENING_EXPORTERS: Role[] = [...EXPORTERS, 'hiring_manager'];
const SELF_ID_READERS: Role[] = ['owner', 'hr'];
/**
 * Self-identification answers 404, not 403, to every other role: the route must not even confirm
 * that a candidate has answers (the controller admits every role and the service hides).
 */
const NOT_SELF_ID_READERS: Role[] = ['admin', 'hiring_manager', 'interviewer', 'leader', 'staff'];

const range = { from: '2026-01-01', to: '2027-12-31' };

const get = (path: string, roles: Role[], make: MakeFn, extra: Partial<RouteSpec> = {}) =>
  route('GET', path, roles, make, extra);

export const REPORT_ROUTES: RouteSpec[] = [
  get(
    '/api/candidates/{id}/self-identification',
    SELF_ID_READERS,
    (w) => ({ params: { id: w.candidate.id } }),
    {
      hiddenFrom: NOT_SELF_ID_READERS,
    },
  ),
  route(
    'PUT',
    '/api/candidates/{id}/self-identification',
    SELF_ID_READERS,
    (w) => ({ params: { id: w.candidate.id }, body: { sex: 'male', raceEthnicity: 'white' } }),
    { hiddenFrom: NOT_SELF_ID_READERS },
  ),
  get('/api/reports/adverse-impact', SELF_ID_READERS, (w) => ({ query: { openingId: w.opening.id } })),
  get('/api/exports/candidate-packet', OPENING_EXPORTERS, (w) => ({
    query: { applicationId: w.doneApplication.id, format: 'pdf' },
  }), HIDDEN_FROM_OTHER_MANAGER),
  get('/api/exports/hiring-funnel', OPENING_EXPORTERS, (w) => ({
    query: { openingId: w.opening.id, format: 'csv', ...range },
  }), HIDDEN_FROM_OTHER_MANAGER),
  get('/api/exports/interviewer-calibration', EXPORTERS, () => ({ query: { format: 'xlsx', ...range } })),
  get('/api/exports/culture', EXPORTERS, () => ({
    query: { format: 'xlsx', from: '2026-01', to: '2026-12' },
  })),
  get('/api/exports/leadership-goals', EXPORTERS, (w) => ({
    query: { format: 'xlsx', leaderId: leader(w).user.id },
  })),
  get('/api/exports/audit-log', EXPORTERS, () => ({ query: { format: 'csv', ...range } })),
  get('/api/exports/quality-of-hire', PANEL_ROLES, () => ({ query: { format: 'xlsx' } })),
  get('/api/exports/adverse-impact', SELF_ID_READERS, (w) => ({
    query: { format: 'xlsx', openingId: w.opening.id },
  })),
];
