import { stageForDecision, stageMoveError } from './stage-rules';

describe('stage rules', () => {
  it('allows moves between open stages, forward and back', () => {
    expect(stageMoveError('applied', 'interviewing')).toBeNull();
    expect(stageMoveError('offer', 'screening')).toBeNull();
    expect(stageMoveError('screening', 'rejected')).toBeNull();
  });

  it('refuses moves out of a final stage and no-op moves', () => {
    expect(stageMoveError('hired', 'offer')).toMatch(/final/);
    expect(stageMoveError('rejected', 'applied')).toMatch(/final/);
    expect(stageMoveError('offer', 'offer')).toMatch(/already/);
  });

  it('maps decisions to stages', () => {
    expect(stageForDecision('interviewing', 'advance')).toBe('offer');
    expect(stageForDecision('offer', 'advance')).toBe('hired');
    expect(stageForDecision('screening', 'hire')).toBe('hired');
    expect(stageForDecision('interviewing', 'reject')).toBe('rejected');
  });
});
