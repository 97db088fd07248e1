import type { AuditEvent, Competency, Location, Page } from '@rapport/shared/contracts';
import { query } from '../support/db';
import { api, bearer, expectStatus } from '../support/http';
import { createUser, signup, type Session } from '../factories';

interface AuditRow {
  organization_id: string;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
}

async function eventsFor(entityId: string): Promise<AuditRow[]> {
  return query<AuditRow>(
    'SELECT organization_id, actor_user_id, action, entity_type, entity_id, before, after, request_id FROM audit_events WHERE entity_id = $1 ORDER BY created_at, id',
    [entityId],
  );
}

/** Audit rows keep no secrets: no password hashes, no token hashes, no raw tokens. */
function expectNoSecrets(rows: AuditRow[], ...rawSecrets: string[]): void {
  const text = JSON.stringify(rows.map((r) => [r.before, r.after]));
  expect(text).not.toMatch(/password|argon2|token_?hash|tokenHash/i);
  for (const secret of rawSecrets) expect(text).not.toContain(secret);
}

function expectWrittenBy(row: AuditRow, actor: Session, entityId: string): void {
  expect(row).toEqual(
    expect.objectContaining({
      organization_id: actor.org.id,
      actor_user_id: actor.user.id,
      action: expect.stringMatching(/\S/),
      entity_type: expect.stringMatching(/\S/),
      entity_id: entityId,
      request_id: expect.stringMatching(/\S/),
    }),
  );
}

describe('audit trail: every write to users, roles, locations and competencies', () => {
  it('records creating a user, changing their roles and deactivating them', async () => {
    const owner = await signup('Audit Users Clinic');
    const invited = await createUser(owner.token, ['staff'], 'Audited Person');
    await expectStatus(api().patch(`/api/users/${invited.user.id}`).set(bearer(owner.token)).send({ roles: ['staff', 'leader'], version: invited.user.version }), 200);
    await expectStatus(api().patch(`/api/users/${invited.user.id}`).set(bearer(owner.token)).send({ active: false, version: invited.user.version + 1 }), 200);

    const rows = await eventsFor(invited.user.id);
    expect(rows).toHaveLength(3);
    rows.forEach((r) => expectWrittenBy(r, owner, invited.user.id));
    const [created, rolesChanged, deactivated] = rows;
    expect(created.before).toBeNull();
    expect(created.after).toEqual(expect.objectContaining({ email: invited.email, roles: ['staff'] }));
    expect(rolesChanged.before).toEqual(expect.objectContaining({ roles: ['staff'] }));
    expect([...((rolesChanged.after?.['roles'] as string[]) ?? [])].sort()).toEqual(['leader', 'staff']);
    expect(deactivated.before).toEqual(expect.objectContaining({ active: true }));
    expect(deactivated.after).toEqual(expect.objectContaining({ active: false }));
    expect(new Set(rows.map((r) => r.action)).size).toBeGreaterThan(1);
    expectNoSecrets(rows, invited.invitationToken);
  });

  it('records creating, renaming and deleting a location', async () => {
    const owner = await signup('Audit Locations Clinic');
    const loc = (await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Quay', code: 'QY' }), 201))
      .body as Location;
    await expectStatus(api().patch(`/api/locations/${loc.id}`).set(bearer(owner.token)).send({ name: 'Quayside', version: loc.version }), 200);
    await expectStatus(api().delete(`/api/locations/${loc.id}`).set(bearer(owner.token)), 204);

    const rows = await eventsFor(loc.id);
    expect(rows).toHaveLength(3);
    rows.forEach((r) => expectWrittenBy(r, owner, loc.id));
    const [created, renamed, deleted] = rows;
    expect(created.before).toBeNull();
    expect(created.after).toEqual(expect.objectContaining({ name: 'Quay', code: 'QY' }));
    expect(renamed.before).toEqual(expect.objectContaining({ name: 'Quay' }));
    expect(renamed.after).toEqual(expect.objectContaining({ name: 'Quayside' }));
    expect(deleted.before).toEqual(expect.objectContaining({ name: 'Quayside' }));
    expect(deleted.after).toBeNull();
  });

  it('records creating and editing a competency', async () => {
    const owner = await signup('Audit Competencies Clinic');
    const created = (
      await expectStatus(
        api()
          .post('/api/competencies')
          .set(bearer(owner.token))
          .send({ key: 'calm', name: 'Calm', definition: 'Stays calm.', indicators: ['Breathes'] }),
        201,
      )
    ).body as Competency;
    await expectStatus(api().patch(`/api/competencies/${created.id}`).set(bearer(owner.token)).send({ name: 'Calm under pressure', version: created.version }), 200);

    const rows = await eventsFor(created.id);
    expect(rows).toHaveLength(2);
    rows.forEach((r) => expectWrittenBy(r, owner, created.id));
    expect(rows[0].after).toEqual(expect.objectContaining({ key: 'calm', name: 'Calm' }));
    expect(rows[1].before).toEqual(expect.objectContaining({ name: 'Calm' }));
    expect(rows[1].after).toEqual(expect.objectContaining({ name: 'Calm under pressure' }));
  });

  it('serves the trail filtered by entity through GET /api/audit-events', async () => {
    const owner = await signup('Audit API Clinic');
    const loc = (await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Pier', code: 'PR' }), 201))
      .body as Location;
    await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Other', code: 'OT' }), 201);
    const [row] = await eventsFor(loc.id);

    const res = await expectStatus(
      api().get(`/api/audit-events?entityType=${encodeURIComponent(row.entity_type)}&entityId=${loc.id}`).set(bearer(owner.token)),
      200,
    );
    const page = res.body as Page<AuditEvent>;
    expect(page.total).toBe(1);
    expect(page.items).toEqual([
      expect.objectContaining({
        id: expect.any(String),
        actorUserId: owner.user.id,
        action: row.action,
        entityType: row.entity_type,
        entityId: loc.id,
        before: null,
        after: expect.objectContaining({ name: 'Pier' }),
        createdAt: expect.any(String),
      }),
    ]);
  });
});
