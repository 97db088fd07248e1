import { createHash, verify as verifySignature } from 'node:crypto';
import type { AuditCheckpoint, AuditVerification } from '@rapport/shared/contracts';
import { signup, type Session } from '../factories';
import { query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { hiringWorld } from '../hiring/hiring.factory';

/**
 * The audit chain against someone with write access to the database (issue 13, item 5): every
 * column of every event is protected, a cut tail shows, and a signed checkpoint kept outside
 * Rapport catches even a chain rewritten with correctly recomputed hashes.
 */

const verify = async (s: Session) =>
  (await expectStatus(api().get('/api/audit-events/verify').set(bearer(s.token)), 200)).body as AuditVerification;
const verifyAgainst = async (s: Session, checkpoint: AuditCheckpoint) =>
  (await expectStatus(api().post('/api/audit-events/verify').set(bearer(s.token)).send(checkpoint), 200)).body as AuditVerification;
const checkpoint = async (s: Session) =>
  (await expectStatus(api().get('/api/audit-events/checkpoint').set(bearer(s.token)), 200)).body as AuditCheckpoint;

/** An organization with a few audited writes (sign-up, locations created, renamed, deleted). */
async function practice(): Promise<Session> {
  const owner = await signup('Chain Clinic');
  for (const code of ['AA', 'BB', 'CC']) {
    const loc = await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: `Site ${code}`, code }), 201);
    await expectStatus(api().patch(`/api/locations/${loc.body.id}`).set(bearer(owner.token)).send({ name: `Site ${code} renamed`, version: loc.body.version }), 200);
  }
  return owner;
}

async function eventAt(org: string, seq: number): Promise<{ id: string; seq: number }> {
  const [row] = await query<{ id: string; seq: string }>(`SELECT id, seq FROM audit_events WHERE organization_id = $1 AND seq = $2`, [org, seq]);
  return { id: row.id, seq: Number(row.seq) };
}

/**
 * An SQL expression that changes a column of the given type. A column of a type without a rule
 * fails the test: a new column must be thought about (and protected) before it ships.
 */
function tamper(column: string, dataType: string, otherOrg: string): string {
  const c = `"${column}"`;
  if (column === 'organization_id') return `'${otherOrg}'::uuid`;
  switch (dataType) {
    case 'uuid':
      return 'gen_random_uuid()';
    case 'timestamp with time zone':
      return `coalesce(${c} + interval '1 second', now())`;
    case 'character varying':
    case 'text':
      return `coalesce(overlay(${c} placing (CASE WHEN left(${c}, 1) = 'f' THEN 'e' ELSE 'f' END) from 1 for 1), 'forged')`;
    case 'jsonb':
      return `coalesce(${c}, '{}'::jsonb) || '{"forged": true}'::jsonb`;
    case 'bigint':
    case 'integer':
      return `${c} + 1000`;
    default:
      throw new Error(`No tamper rule for audit_events.${column} (${dataType}): decide how verify protects it`);
  }
}

/** Changes one column of one event, has verify find it, and puts the value back. */
async function expectEveryColumnProtected(owner: Session, victim: { id: string; seq: number }): Promise<void> {
  const other = await signup('Other practice');
  const columns = await query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'audit_events'`,
  );
  expect(columns.length).toBeGreaterThanOrEqual(16);
  const [{ original }] = await query<{ original: object }>(`SELECT to_jsonb(e) AS original FROM audit_events e WHERE id = $1`, [victim.id]);
  const undetected: string[] = [];
  for (const { column_name: column, data_type } of columns) {
    // The row is found by id, except while its id is the column being changed.
    const [where, key] = column === 'id' ? [`organization_id = $1 AND seq = $2`, [owner.org.id, victim.seq]] : [`id = $1`, [victim.id]];
    await query(`UPDATE audit_events SET "${column}" = ${tamper(column, data_type, other.org.id)} WHERE ${where}`, key);
    if ((await verify(owner)).valid) undetected.push(column);
    await query(
      `UPDATE audit_events SET "${column}" = (jsonb_populate_record(NULL::audit_events, $${key.length + 1}::jsonb))."${column}" WHERE ${where}`,
      [...key, JSON.stringify(original)],
    );
    expect(await verify(owner)).toMatchObject({ valid: true });
  }
  expect(undetected).toEqual([]);
}

describe('audit chain: every column of every event is protected', () => {
  it('detects a change to any column of an ordinary event, in the middle and at the newest', async () => {
    const owner = await practice();
    const ok = await verify(owner);
    expect(ok).toMatchObject({ valid: true, firstBroken: null, head: { seq: ok.events } });
    await expectEveryColumnProtected(owner, await eventAt(owner.org.id, 3));
    await expectEveryColumnProtected(owner, await eventAt(owner.org.id, ok.events));
  });

  it('detects a change to any column of a redacted event, and a forged redaction', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const owner = world.owner;
    await expectStatus(api().post(`/api/candidates/${world.candidate.id}/erase`).set(bearer(owner.token)), 200);
    const [redacted] = await query<{ id: string; seq: string; before: unknown; after: unknown }>(
      `SELECT id, seq, before, after FROM audit_events WHERE organization_id = $1 AND redacted_at IS NOT NULL ORDER BY seq LIMIT 1`,
      [owner.org.id],
    );
    // A redacted event holds no payload; a later chain event names it.
    expect(redacted).toMatchObject({ before: null, after: null });
    const [redaction] = await query<{ after: { redactedEventIds: string[] } }>(
      `SELECT after FROM audit_events WHERE organization_id = $1 AND action = 'audit.redacted'`,
      [owner.org.id],
    );
    expect(redaction.after.redactedEventIds).toContain(redacted.id);
    expect(await verify(owner)).toMatchObject({ valid: true });
    await expectEveryColumnProtected(owner, { id: redacted.id, seq: Number(redacted.seq) });

    // The attack: mark an event redacted and forge its payload. Then: mark one redacted, blank it.
    const victim = await eventAt(owner.org.id, 2);
    await query(`UPDATE audit_events SET redacted_at = now(), after = '{"name": "Forged"}' WHERE id = $1`, [victim.id]);
    expect(await verify(owner)).toMatchObject({ valid: false, firstBroken: { eventId: victim.id, seq: victim.seq } });
    await query(`UPDATE audit_events SET redacted_at = now(), before = NULL, after = NULL WHERE id = $1`, [victim.id]);
    expect(await verify(owner)).toMatchObject({
      valid: false,
      firstBroken: { eventId: victim.id, seq: victim.seq, reason: 'marked redacted, but no redaction event names it' },
    });
  });
});

describe('audit chain: a cut tail and a rewritten chain', () => {
  it('reports the newest events deleted, as a gap before the head', async () => {
    const owner = await practice();
    const { events } = await verify(owner);
    await query(`DELETE FROM audit_events WHERE organization_id = $1 AND seq > $2`, [owner.org.id, events - 2]);
    const cut = await verify(owner);
    expect(cut).toMatchObject({
      valid: false,
      events: events - 2,
      firstBroken: { seq: events - 1, eventId: null, reason: `events #${events - 1}–#${events} are missing: the chain was cut` },
      head: { seq: events },
    });
    // New writes keep linking to the head, so the gap stays visible.
    await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'After the cut', code: 'AC' }), 201);
    expect((await verify(owner)).valid).toBe(false);
  });

  it('signs a checkpoint anyone can check with the public key, and verifies against it', async () => {
    const owner = await practice();
    const receipt = await checkpoint(owner);
    const { events } = await verify(owner);
    expect(receipt).toMatchObject({ organizationId: owner.org.id, seq: events, algorithm: 'Ed25519' });
    expect(receipt.hash).toMatch(/^[0-9a-f]{64}$/);
    const message = ['rapport.audit-checkpoint.v1', receipt.organizationId, receipt.seq, receipt.hash, receipt.issuedAt].join('|');
    expect(verifySignature(null, Buffer.from(message), receipt.publicKey, Buffer.from(receipt.signature, 'base64'))).toBe(true);

    // Later writes do not invalidate an earlier checkpoint.
    await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Later', code: 'LT' }), 201);
    expect(await verifyAgainst(owner, receipt)).toMatchObject({
      valid: true,
      firstBroken: null,
      checkpoint: { seq: receipt.seq, hash: receipt.hash, issuedAt: receipt.issuedAt },
    });

    // A receipt whose hash was edited, or another organization's, is not evidence: 400 naming the field.
    const forged = await api()
      .post('/api/audit-events/verify')
      .set(bearer(owner.token))
      .send({ ...receipt, hash: 'a'.repeat(64) });
    expectProblem(forged, 400);
    expect(JSON.stringify(forged.body)).toContain('signature');
    const other = await signup('Other practice');
    const theirs = await checkpoint(other);
    const foreign = await api().post('/api/audit-events/verify').set(bearer(owner.token)).send(theirs);
    expectProblem(foreign, 400);
    expect(JSON.stringify(foreign.body)).toContain('organizationId');
  });

  it('catches, with a checkpoint, a tail cut together with its head, and a chain rewritten with valid hashes', async () => {
    const owner = await practice();
    const receipt = await checkpoint(owner);

    // Rewrite the newest event's entity with a correctly recomputed hash (the formula is public) and move the head.
    const [last] = await query<Record<string, string | Date | null>>(
      `SELECT * FROM audit_events WHERE organization_id = $1 ORDER BY seq DESC LIMIT 1`,
      [owner.org.id],
    );
    const forgedEntity = '00000000-0000-4000-8000-000000000000';
    const hash = createHash('sha256')
      .update(
        [
          'v2',
          last['prev_hash'],
          String(last['seq']),
          last['id'],
          last['organization_id'],
          (last['created_at'] as Date).toISOString(),
          (last['updated_at'] as Date).toISOString(),
          last['actor_user_id'] ?? '',
          last['action'],
          last['entity_type'],
          forgedEntity,
          last['request_id'] ?? '',
          last['payload_hash'],
        ].join('|'),
      )
      .digest('hex');
    await query(`UPDATE audit_events SET entity_id = $1, hash = $2 WHERE id = $3`, [forgedEntity, hash, last['id']]);
    await query(`UPDATE audit_heads SET hash = $1 WHERE organization_id = $2`, [hash, owner.org.id]);
    expect(await verify(owner)).toMatchObject({ valid: true });
    expect(await verifyAgainst(owner, receipt)).toMatchObject({
      valid: false,
      firstBroken: { seq: receipt.seq, eventId: last['id'], reason: 'does not match the signed checkpoint' },
    });

    // Cut the newest two events and move the head back with them: only the receipt remembers.
    await query(`DELETE FROM audit_events WHERE organization_id = $1 AND seq > $2`, [owner.org.id, receipt.seq - 2]);
    const [prev] = await query<{ hash: string }>(`SELECT hash FROM audit_events WHERE organization_id = $1 AND seq = $2`, [
      owner.org.id,
      receipt.seq - 2,
    ]);
    await query(`UPDATE audit_heads SET seq = $1, hash = $2 WHERE organization_id = $3`, [receipt.seq - 2, prev.hash, owner.org.id]);
    expect(await verify(owner)).toMatchObject({ valid: true });
    expect(await verifyAgainst(owner, receipt)).toMatchObject({
      valid: false,
      firstBroken: { seq: receipt.seq - 1, eventId: null },
    });
  });
});
