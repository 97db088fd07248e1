import { isOverride, planStageMove, stageTargets } from './pipeline-rules';

describe('planStageMove', () => {
  it('does nothing when the card is dropped back on its own column', () => {
    expect(planStageMove('screening', 'screening')).toEqual({ kind: 'none', why: null });
  });

  it.each(['hired', 'rejected', 'withdrawn'] as const)('never moves a %s application, and says why', (stage) => {
    const plan = planStageMove(stage, 'screening');
    expect(plan.kind).toBe('none');
    expect(plan).toMatchObject({ why: expect.stringContaining('final') });
  });

  it('asks for a reason before rejecting', () => {
    expect(planStageMove('interviewing', 'rejected')).toEqual({ kind: 'reason' });
  });

  it.each(['hired', 'withdrawn'] as const)('asks for confirmation before the final %s', (stage) => {
    expect(planStageMove('offer', stage)).toMatchObject({ kind: 'confirm', message: expect.stringContaining('final') });
  });

  it('moves forward and back between open stages at once', () => {
    expect(planStageMove('applied', 'interviewing')).toEqual({ kind: 'move' });
    expect(planStageMove('offer', 'screening')).toEqual({ kind: 'move' });
  });
});

describe('stageTargets', () => {
  it('offers every other stage to an open application', () => {
    expect(stageTargets('screening')).toEqual(['applied', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn']);
  });

  it('offers nothing to a final one', () => {
    expect(stageTargets('rejected')).toEqual([]);
  });
});

describe('isOverride', () => {
  it('flags hiring or advancing against a negative recommendation', () => {
    expect(isOverride('hire', 'no')).toBe(true);
    expect(isOverride('advance', 'strong_no')).toBe(true);
    expect(isOverride('hire', 'yes')).toBe(false);
  });

  it('flags rejecting against a positive recommendation', () => {
    expect(isOverride('reject', 'strong_yes')).toBe(true);
    expect(isOverride('reject', 'no')).toBe(false);
  });

  it('is never an override when nothing was computed', () => {
    expect(isOverride('hire', null)).toBe(false);
  });
});
