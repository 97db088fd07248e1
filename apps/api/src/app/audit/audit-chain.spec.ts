import fc from 'fast-check';
import {
  canonicalJson,
  ChainVerifier,
  GENESIS_HASH,
  linkHash,
  payloadHash,
  REDACTION_ACTION,
  type StoredEvent,
} from './audit-chain';

const ORG = 'org-1';

function append(events: StoredEvent[], fields: Partial<StoredEvent> = {}): StoredEvent[] {
  const prev = events.at(-1);
  const seq = (prev?.seq ?? 0) + 1;
  const before = fields.before !== undefined ? fields.before : seq % 2 ? null : { name: `Old ${seq}` };
  const after = fields.after !== undefined ? fields.after : { name: `New ${seq}`, roles: ['staff'] };
  const createdAt = new Date(Date.UTC(2026, 0, seq));
  const link = {
    id: `id${seq}`,
    organizationId: ORG,
    seq,
    createdAt,
    updatedAt: createdAt,
    actorUserId: 'u1',
    action: 'user.updated',
    entityType: 'user',
    entityId: `e${seq}`,
    requestId: `r${seq}`,
    ...fields,
    payloadHash: payloadHash(before, after),
  };
  const prevHash = prev?.hash ?? GENESIS_HASH;
  return [...events, { ...link, prevHash, hash: linkHash(prevHash, link), before, after, redactedAt: null }];
}

function chain(n: number): StoredEvent[] {
  let events: StoredEvent[] = [];
  for (let i = 0; i < n; i++) events = append(events);
  return events;
}

const headOf = (events: StoredEvent[]) => ({ seq: events.at(-1)?.seq ?? 0, hash: events.at(-1)?.hash ?? GENESIS_HASH });

function verify(events: StoredEvent[], head = headOf(events), checkpoint: { seq: number; hash: string } | null = null) {
  const verifier = new ChainVerifier(checkpoint);
  if (verifier.feed(events.slice(0, 3))) verifier.feed(events.slice(3));
  return verifier.finish(head);
}

/** Erases events `ids` as the erasure does: payload removed, redactedAt set, a redaction event naming them. */
function redact(events: StoredEvent[], ids: string[], at = new Date(Date.UTC(2026, 5, 1))): StoredEvent[] {
  const named = append(events, {
    action: REDACTION_ACTION,
    entityType: 'audit',
    before: null,
    after: { redactedEventIds: ids, redactedAt: at.toISOString(), cause: 'candidate.erased' },
  });
  return named.map((e) => (ids.includes(e.id) ? { ...e, before: null, after: null, redactedAt: at } : e));
}

/** Every column of a stored event and a value different from any it could hold. */
const EDITS: [keyof StoredEvent, unknown][] = [
  ['id', 'other-id'],
  ['organizationId', 'org-2'],
  ['seq', 99],
  ['createdAt', new Date(Date.UTC(2030, 0, 1))],
  ['updatedAt', new Date(Date.UTC(2030, 0, 1))],
  ['actorUserId', 'u2'],
  ['action', 'user.deleted'],
  ['entityType', 'location'],
  ['entityId', 'forged'],
  ['requestId', 'r-forged'],
  ['payloadHash', 'f'.repeat(64)],
  ['prevHash', 'e'.repeat(64)],
  ['hash', 'd'.repeat(64)],
  ['before', { name: 'Forged' }],
  ['after', { name: 'Forged' }],
  ['redactedAt', new Date(Date.UTC(2026, 6, 1))],
];

describe('audit chain', () => {
  it('verifies an untouched chain, including an empty one', () => {
    expect(verify(chain(6))).toBeNull();
    expect(verify([], { seq: 0, hash: GENESIS_HASH })).toBeNull();
  });

  it.each(EDITS)('finds an edit of %s on any event', (column, value) => {
    for (let i = 0; i < 6; i++) {
      const events = chain(6);
      events[i] = { ...events[i], [column]: value };
      expect(verify(events)).not.toBeNull();
    }
  });

  it.each(EDITS)('finds an edit of %s on a redacted event', (column, value) => {
    const events = redact(chain(6), ['id2', 'id4']);
    events[1] = { ...events[1], [column]: value };
    expect(verify(events)).not.toBeNull();
  });

  it('finds a deleted event, a reordered link and a cut tail', () => {
    const deleted = chain(5);
    deleted.splice(3, 1);
    expect(verify(deleted, headOf(chain(5)))).toMatchObject({ seq: 5, reason: 'expected event #4, found #5: an event is missing' });

    const swapped = chain(5);
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    expect(verify(swapped)).toMatchObject({ seq: 3 });

    const full = chain(6);
    expect(verify(full.slice(0, 4), headOf(full))).toEqual({ seq: 5, eventId: null, reason: 'events #5–#6 are missing: the chain was cut' });
    expect(verify([], headOf(full))).toMatchObject({ seq: 1, eventId: null });
  });

  it('finds events added past the head, a head that does not match, and a missing head', () => {
    const events = chain(5);
    expect(verify(events, headOf(events.slice(0, 3)))).toMatchObject({ seq: 4, eventId: null });
    expect(verify(events, { seq: 5, hash: 'a'.repeat(64) })).toMatchObject({ seq: 5, reason: "does not match the organization's chain head" });
    const verifier = new ChainVerifier();
    verifier.feed(events);
    expect(verifier.finish(null)).toMatchObject({ seq: 5, reason: "the organization's chain head is missing" });
  });

  it('still verifies after erasure redacts events and names them', () => {
    expect(verify(redact(chain(6), ['id2', 'id5']))).toBeNull();
    expect(verify(redact(redact(chain(6), ['id2']), ['id5']))).toBeNull();
  });

  it('refuses a redaction that no redaction event names, or that keeps a forged payload', () => {
    const events = chain(6);
    events[2] = { ...events[2], before: null, after: null, redactedAt: new Date() };
    expect(verify(events)).toEqual({ seq: 3, eventId: 'id3', reason: 'marked redacted, but no redaction event names it' });

    const forged = redact(chain(6), ['id2']);
    forged[1] = { ...forged[1], after: { name: 'Forged' } };
    expect(verify(forged)).toMatchObject({ seq: 2, reason: 'marked redacted, but still holds a payload' });

    // The attack: redacted_at set together with a forged payload.
    const attack = chain(6);
    attack[2] = { ...attack[2], after: { name: 'Forged' }, redactedAt: new Date() };
    expect(verify(attack)).toMatchObject({ seq: 3 });
  });

  it('refuses a redaction event that names a later, unredacted or unknown event, or redacts itself', () => {
    const events = chain(4);
    const named = append(events, {
      action: REDACTION_ACTION,
      before: null,
      after: { redactedEventIds: ['id3'], redactedAt: new Date().toISOString(), cause: 'x' },
    });
    expect(verify(named)).toMatchObject({ seq: 5, reason: 'names event id3, which is not an earlier redacted event' });

    const selfRedacted = redact(chain(4), ['id2']);
    selfRedacted[4] = { ...selfRedacted[4], before: null, after: null, redactedAt: new Date() };
    expect(verify(selfRedacted)).toMatchObject({ seq: 5 });
  });

  it('checks a checkpoint: the event it names must still be there, unchanged', () => {
    const events = chain(6);
    const checkpoint = { seq: 4, hash: events[3].hash };
    expect(verify(events, headOf(events), checkpoint)).toBeNull();
    expect(verify(events, headOf(events), { seq: 4, hash: 'c'.repeat(64) })).toMatchObject({
      seq: 4,
      reason: 'does not match the signed checkpoint',
    });
    // Cut below the checkpoint, head moved back with it: only the checkpoint can tell.
    const cut = events.slice(0, 2);
    expect(verify(cut, headOf(cut), checkpoint)).toMatchObject({ seq: 3, eventId: null });
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
