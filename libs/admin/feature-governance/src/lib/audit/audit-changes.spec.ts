import { auditChanges, entityLabel } from './audit-changes';

describe('auditChanges', () => {
  it('marks the fields an update changed and keeps the rest for context', () => {
    const rows = auditChanges({ name: 'Downtown', code: 'DTN', version: 1 }, { name: 'Downtown clinic', code: 'DTN', version: 2 });
    expect(rows).toEqual([
      { field: 'name', before: 'Downtown', after: 'Downtown clinic', changed: true },
      { field: 'code', before: 'DTN', after: 'DTN', changed: false },
      { field: 'version', before: '1', after: '2', changed: true },
    ]);
  });

  it('shows a creation as every field added, and fields only in after last', () => {
    expect(auditChanges(null, { name: 'Jordan', legalHold: false })).toEqual([
      { field: 'name', before: '', after: 'Jordan', changed: true },
      { field: 'legalHold', before: '', after: 'false', changed: true },
    ]);
    expect(auditChanges({ a: 1 }, { a: 1, b: null }).map((r) => r.field)).toEqual(['a', 'b']);
  });

  it('ignores key order inside nested values (jsonb does not keep it)', () => {
    const [row] = auditChanges({ roles: { x: 1, y: [1, { b: 2, a: 1 }] } }, { roles: { y: [1, { a: 1, b: 2 }], x: 1 } });
    expect(row.changed).toBe(false);
    expect(row.after).toBe('{"y":[1,{"a":1,"b":2}],"x":1}');
  });

  it('treats a missing field and null alike, and a redacted event as after-only', () => {
    expect(auditChanges({ phone: null }, {})[0].changed).toBe(false);
    expect(auditChanges(null, { redacted: true })).toEqual([{ field: 'redacted', before: '', after: 'true', changed: true }]);
  });
});

describe('entityLabel', () => {
  it('reads entity types as words', () => {
    expect(entityLabel('interview_kit')).toBe('Interview kit');
    expect(entityLabel('candidate')).toBe('Candidate');
  });
});
