import fc from 'fast-check';
import { canonicalJson, GENESIS_HASH, linkHash, payloadHash, type StoredEvent, verifyLinks } from './audit-chain';

function chain(n: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const before = seq % 2 ? null : { name: `Old ${seq}` };
    const after = { name: `New ${seq}`, roles: ['staff'] };
    const link = {
      seq,
      createdAt: new Date(Date.UTC(2026, 0, seq)),
      actorUserId: 'u1',
      action: 'user.updated',
      entityType: 'user',
      entityId: `e${seq}`,
      payloadHash: payloadHash(before, after),
    };
    const hash = linkHash(prev, link);
    events.push({ ...link, id: `id${seq}`, prevHash: prev, hash, before, after, redactedAt: null });
    prev = hash;
  }
  return events;
}

const start = { seq: 0, hash: GENESIS_HASH };

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyLinks(chain(5), start).broken).toBeNull();
  });

  it('finds a changed payload, a changed field, a deleted event and a reordered link', () => {
    const payload = chain(5);
    (payload[2].after as { name: string }).name = 'Forged';
    expect(verifyLinks(payload, start).broken).toMatchObject({ seq: 3, reason: 'before/after were changed' });

    const field = chain(5);
    field[1].action = 'user.deleted';
    expect(verifyLinks(field, start).broken).toMatchObject({ seq: 2, reason: 'the event was changed' });

    const deleted = chain(5);
    deleted.splice(3, 1);
    expect(verifyLinks(deleted, start).broken).toMatchObject({ seq: 5 });
  });

  it('still verifies after a payload is redacted by erasure', () => {
    const events = chain(4);
    events[1] = { ...events[1], before: null, after: { erased: true }, redactedAt: new Date() };
    expect(verifyLinks(events, start).broken).toBeNull();
  });

  it('hashes JSON independently of key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });
});
