import type { Competency, ReviewAssignment } from '@rapport/shared/contracts';
import { allRated, buildRatingsForm, privacyNote, toSaveRequest } from './review-form';

const competencies = [
  { id: 'c1', name: 'Empathy & warmth' },
  { id: 'c2', name: 'Responsiveness' },
  { id: 'c3', name: 'Service recovery' },
] as Competency[];
const assignment = {
  relation: 'peer',
  ratings: [{ competencyId: 'c2', rating: 4, comment: 'Returns calls the same day.' }],
} as ReviewAssignment;

describe('review form', () => {
  it('prefills what was saved as a draft and leaves the rest unrated', () => {
    const form = buildRatingsForm(competencies, assignment);
    expect(form.getRawValue()).toEqual([
      { competencyId: 'c1', rating: null, comment: '' },
      { competencyId: 'c2', rating: 4, comment: 'Returns calls the same day.' },
      { competencyId: 'c3', rating: null, comment: '' },
    ]);
  });

  it('counts unrated competencies, so submitting can say how many are missing', () => {
    const form = buildRatingsForm(competencies, assignment);
    expect(allRated(form)).toEqual({ unrated: 2 });
    form.controls[0].controls.rating.setValue(5);
    form.controls[2].controls.rating.setValue(1);
    expect(allRated(form)).toBeNull();
  });

  it('sends only rated competencies and drops blank comments', () => {
    const form = buildRatingsForm(competencies, assignment);
    form.controls[0].controls.rating.setValue(3);
    form.controls[0].controls.comment.setValue('   ');
    form.controls[2].controls.comment.setValue('Not seen yet');
    expect(toSaveRequest(form)).toEqual({
      ratings: [
        { competencyId: 'c1', rating: 3 },
        { competencyId: 'c2', rating: 4, comment: 'Returns calls the same day.' },
      ],
    });
  });

  it('refuses a comment longer than the API accepts', () => {
    const form = buildRatingsForm(competencies, assignment);
    form.controls[1].controls.comment.setValue('x'.repeat(2001));
    expect(form.controls[1].controls.comment.hasError('maxlength')).toBe(true);
  });

  it('tells peer and upward raters that answers are anonymous and grouped by three or more', () => {
    expect(privacyNote('upward', 'Dr. Leo Martins')).toContain('anonymous');
    expect(privacyNote('peer', 'Maya Chen')).toContain('3 or more people');
    expect(privacyNote('manager', 'Maya Chen')).not.toContain('anonymous');
  });
});
