import { auditFiltersFromParams, isoDay, parseDay, toAuditQuery } from './audit-query';

const ACTOR = '0b7e4a9c-6f51-4c1e-9d3a-2f8b1c7e5a10';

describe('auditFiltersFromParams', () => {
  it('keeps well-formed filters from the URL', () => {
    expect(
      auditFiltersFromParams({ entity: 'candidate', entityId: 'c-1', actor: ACTOR, from: '2026-11-01', to: '2026-11-26', page: '3', size: '25' }),
    ).toEqual({ entity: 'candidate', entityId: 'c-1', actor: ACTOR, from: '2026-11-01', to: '2026-11-26', page: 3, size: 25 });
  });

  it('drops what the API would refuse, so a bad link shows the unfiltered list', () => {
    expect(
      auditFiltersFromParams({ entity: ' ', actor: 'not-a-uuid', from: '2026-02-30', to: 'yesterday', page: '-1', size: '7' }),
    ).toEqual({ entity: undefined, entityId: undefined, actor: undefined, from: undefined, to: undefined, page: undefined, size: undefined });
    expect(auditFiltersFromParams({ entityId: 'x'.repeat(65), page: '1.5' })).toMatchObject({ entityId: undefined, page: undefined });
  });
});

describe('toAuditQuery', () => {
  it('asks for the first page of 50 without filters', () => {
    expect(toAuditQuery({})).toEqual({
      entity: undefined,
      entityId: undefined,
      actor: undefined,
      from: undefined,
      to: undefined,
      limit: 50,
      offset: 0,
    });
  });

  it('makes whole local days: from local midnight to the next midnight after the last day (exclusive)', () => {
    const query = toAuditQuery({ from: '2026-11-01', to: '2026-11-26' });
    expect(query.from).toBe(new Date(2026, 10, 1).toISOString());
    expect(query.to).toBe(new Date(2026, 10, 27).toISOString());
  });

  it('turns the 1-based page and size into limit and offset', () => {
    expect(toAuditQuery({ page: 3, size: 25 })).toMatchObject({ limit: 25, offset: 50 });
  });

  it('passes entity, record and actor through', () => {
    expect(toAuditQuery({ entity: 'location', entityId: 'l-1', actor: ACTOR })).toMatchObject({
      entity: 'location',
      entityId: 'l-1',
      actor: ACTOR,
    });
  });
});

describe('days', () => {
  it('round-trips a local day', () => {
    expect(isoDay(parseDay('2026-01-31') as Date)).toBe('2026-01-31');
    expect(parseDay('2026-13-01')).toBeNull();
    expect(parseDay(undefined)).toBeNull();
  });
});
