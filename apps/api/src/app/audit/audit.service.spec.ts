import { snapshot } from './audit.service';

describe('audit snapshot', () => {
  it('never copies secrets into the audit trail', () => {
    const shot = snapshot({ id: 'u1', name: 'Ann', passwordHash: 'x', invitationTokenHash: 'y', tokenHash: 'z' });
    expect(shot).toEqual({ id: 'u1', name: 'Ann' });
  });

  it('serialises dates and drops bookkeeping fields', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(snapshot({ code: 'A', createdAt: at, updatedAt: at, seenAt: at })).toEqual({
      code: 'A',
      seenAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('keeps null as null', () => {
    expect(snapshot(null)).toBeNull();
  });
});
