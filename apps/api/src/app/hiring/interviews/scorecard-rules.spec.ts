import type { KitQuestion } from '@rapport/shared/contracts';
import { ratingShapeErrors, submitErrors } from './scorecard-rules';

const q = (id: string): KitQuestion => ({
  id,
  prompt: `Question ${id}`,
  kind: 'behavioral',
  competencyId: 'c1',
  probes: [],
  anchors: { '1': 'a', '3': 'b', '5': 'c' },
  redFlags: [],
});
const questions = [q('q1'), q('q2')];

describe('scorecard rules', () => {
  it('rejects unknown and repeated questions', () => {
    expect(
      ratingShapeErrors(
        [
          { questionId: 'q1', rating: 3 },
          { questionId: 'q1', rating: 4 },
          { questionId: 'zz', rating: 2 },
        ],
        questions,
      ).map((e) => e.field),
    ).toEqual(['ratings.1.questionId', 'ratings.2.questionId']);
  });

  it('names each rated question without evidence when evidence is required', () => {
    const errors = submitErrors(
      [
        { questionId: 'q1', rating: 4, evidence: '' },
        { questionId: 'q2', rating: null, evidence: '' },
      ],
      'yes',
      questions,
      true,
    );
    expect(errors).toEqual([{ field: 'ratings.q1.evidence', message: 'evidence is required for "Question q1"' }]);
  });

  it('needs a recommendation and at least one rating', () => {
    const fields = submitErrors([{ questionId: 'q1', rating: null, evidence: '' }], null, questions, false).map((e) => e.field);
    expect(fields).toEqual(['recommendation', 'ratings']);
  });

  it('accepts a complete scorecard', () => {
    expect(submitErrors([{ questionId: 'q1', rating: 5, evidence: 'Named the feeling first' }], 'strong_yes', questions, true)).toEqual([]);
  });
});
