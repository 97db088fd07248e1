import type { Page } from '@rapport/shared/contracts';
import type { Response, Test } from 'supertest';
import { query } from '../support/db';
import { api, bearer } from '../support/http';
import type { ListWorld } from './list-world';

/** Every list route (a `Page` answer), with the order it promises, read straight from PostgreSQL. */
export interface ListRoute {
  path: string;
  query?: (w: ListWorld) => Record<string, string>;
  /** Ids in the list's order: the rows the route must return, in that order. */
  expected: (w: ListWorld) => Promise<string[]>;
  /** Page size without `limit`, and the largest `limit` accepted. */
  defaultLimit: number;
  maxLimit: number;
}

const ids = async (sql: string, params: unknown[]) => (await query<{ id: string }>(sql, params)).map((r) => r.id);

const ofOrg = (table: string, order: string) => (w: ListWorld) =>
  ids(`SELECT id FROM ${table} WHERE organization_id = $1 ORDER BY ${order}`, [w.orgId]);

const LIST = { defaultLimit: 500, maxLimit: 500 };

export const LIST_ROUTES: ListRoute[] = [
  { path: '/api/competencies', expected: ofOrg('competencies', 'position, name, id'), ...LIST },
  { path: '/api/locations', expected: ofOrg('locations', 'name, id'), ...LIST },
  { path: '/api/users', expected: ofOrg('users', 'name, id'), ...LIST },
  {
    path: '/api/interview-kits',
    expected: (w) =>
      ids(
        `SELECT k.id FROM interview_kits k JOIN interview_kit_versions v ON v.kit_id = k.id AND v.version = k.current_version
          WHERE k.organization_id = $1 ORDER BY v.name, v.id`,
        [w.orgId],
      ),
    ...LIST,
  },
  { path: '/api/openings', expected: ofOrg('openings', 'created_at DESC, id DESC'), ...LIST },
  { path: '/api/candidates', expected: ofOrg('candidates', 'name, id'), ...LIST },
  {
    path: '/api/applications',
    query: (w) => ({ openingId: w.openingId }),
    expected: (w) =>
      ids('SELECT id FROM applications WHERE organization_id = $1 AND opening_id = $2 ORDER BY stage_entered_at, id', [w.orgId, w.openingId]),
    ...LIST,
  },
  { path: '/api/interviews', expected: ofOrg('interviews', 'scheduled_at DESC, id DESC'), ...LIST },
  { path: '/api/staff', expected: ofOrg('staff_members', 'name, id'), ...LIST },
  {
    path: '/api/observations',
    expected: ofOrg('observations', 'observed_at DESC, created_at DESC, id DESC'),
    defaultLimit: 200,
    maxLimit: 1000,
  },
  { path: '/api/review-cycles', expected: ofOrg('review_cycles', 'period_end DESC, created_at DESC, id DESC'), ...LIST },
  {
    path: '/api/me/review-assignments',
    query: () => ({ cycleStatus: 'open' }),
    expected: (w) =>
      ids(
        `SELECT a.id FROM review_assignments a JOIN review_cycles c ON c.id = a.cycle_id
          WHERE a.organization_id = $1 AND a.rater_user_id = $2 AND c.status = 'open' ORDER BY a.created_at, a.id`,
        [w.orgId, w.owner.user.id],
      ),
    ...LIST,
  },
  { path: '/api/service-metrics', expected: ofOrg('service_metrics', 'period, metric, id'), ...LIST },
  { path: '/api/leadership-goals', expected: ofOrg('leadership_goals', 'due_date, created_at, id'), ...LIST },
  { path: '/api/audit-events', expected: ofOrg('audit_events', 'seq DESC'), defaultLimit: 100, maxLimit: 500 },
];

/** `GET route` as the world's owner, with the route's own filters and `params`. */
export function getList(w: ListWorld, r: ListRoute, params: Record<string, string> = {}): Test {
  return api()
    .get(r.path)
    .query({ ...(r.query?.(w) ?? {}), ...params })
    .set(bearer(w.owner.token));
}

export const idsOf = (res: Response) => (res.body as Page<{ id: string }>).items.map((i) => i.id);
