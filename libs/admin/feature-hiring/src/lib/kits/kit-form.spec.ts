import { FormBuilder } from '@angular/forms';
import type { InterviewKit } from '@rapport/shared/contracts';
import { kitForm, lines, moveQuestion, previewQuestions, questionGroup, toKitRequest } from './kit-form';

const kit: InterviewKit = {
  id: 'k1',
  name: 'Front desk',
  roleTitle: 'Patient coordinator',
  evidenceRequired: true,
  version: 2,
  inUse: true,
  revision: 5,
  createdAt: '',
  updatedAt: '',
  questions: [
    {
      id: 'q1',
      kind: 'behavioral',
      competencyId: 'c1',
      prompt: 'Tell me about a surprise bill',
      probes: ['What did you say first?', 'What changed after?'],
      anchors: { '1': 'Defends the policy', '3': 'Explains and resolves', '5': 'Acknowledges, resolves, prevents' },
      redFlags: ['Blames the patient'],
    },
    {
      id: 'q2',
      kind: 'role_play',
      competencyId: 'c2',
      prompt: 'I am a hesitant patient',
      probes: [],
      anchors: { '1': 'Pushes', '3': 'Neutral', '5': 'Asks about goals' },
      redFlags: [],
    },
  ],
};

describe('kit form', () => {
  const fb = new FormBuilder().nonNullable;

  it('round-trips a kit: lists become lines and back, ids are kept', () => {
    const form = kitForm(fb, kit);
    expect(form.controls.questions.at(0).controls.probes.value).toBe('What did you say first?\nWhat changed after?');
    expect(toKitRequest(form)).toEqual({
      name: 'Front desk',
      roleTitle: 'Patient coordinator',
      evidenceRequired: true,
      questions: kit.questions,
    });
  });

  it('trims text, drops blank lines, and sends a new question without an id', () => {
    const form = kitForm(fb, kit);
    const added = questionGroup(fb);
    added.patchValue({
      competencyId: 'c3',
      prompt: '  A patient waited 40 minutes  ',
      probes: 'What did you tell them?\n\n   \nWhat would you change? ',
      anchors: { '1': ' Ignores it ', '3': 'Apologises', '5': 'Apologises, explains, offers options' },
    });
    form.controls.questions.push(added);

    const sent = toKitRequest(form).questions[2];
    expect(sent).toEqual({
      kind: 'behavioral',
      competencyId: 'c3',
      prompt: 'A patient waited 40 minutes',
      probes: ['What did you tell them?', 'What would you change?'],
      anchors: { '1': 'Ignores it', '3': 'Apologises', '5': 'Apologises, explains, offers options' },
      redFlags: [],
    });
    expect('id' in sent).toBe(false);
    // The preview still needs an id per question, to name its rating scale.
    expect(previewQuestions(form)[2].id).toBe('new-2');
  });

  it('starts a new kit with one empty question and requires its anchors', () => {
    const form = kitForm(fb);
    expect(form.controls.questions.length).toBe(1);
    expect(form.valid).toBe(false);
    expect(form.controls.questions.at(0).controls.anchors.controls['5'].hasError('required')).toBe(true);
  });

  it('refuses more than ten probes, as the API would', () => {
    const q = questionGroup(fb);
    q.controls.probes.setValue(Array.from({ length: 11 }, (_, i) => `Probe ${i}`).join('\n'));
    expect(q.controls.probes.errors).toEqual({ message: 'At most 10 lines' });
  });

  it('reorders questions and marks the form changed', () => {
    const form = kitForm(fb, kit);
    moveQuestion(form.controls.questions, 0, 1);
    expect(toKitRequest(form).questions.map((q) => q.id)).toEqual(['q2', 'q1']);
    expect(form.dirty).toBe(true);

    moveQuestion(form.controls.questions, 0, -1);
    moveQuestion(form.controls.questions, 1, 2);
    expect(toKitRequest(form).questions.map((q) => q.id)).toEqual(['q2', 'q1']);
  });

  it('splits lines', () => {
    expect(lines(' a \n\nb\n ')).toEqual(['a', 'b']);
  });
});
