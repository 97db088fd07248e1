import { Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import type { InterviewKit } from '@rapport/shared/contracts';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render';
import { KitEditorPage } from './kit-editor.page';

const competencies = {
  items: [
    { id: 'c1', key: 'empathy', name: 'Empathy & warmth', definition: '', indicators: [], position: 1, version: 1, createdAt: '', updatedAt: '' },
    { id: 'c2', key: 'time', name: 'Respect for the patient’s time', definition: '', indicators: [], position: 2, version: 1, createdAt: '', updatedAt: '' },
  ],
  total: 2,
};

const question = (id: string, prompt: string, competencyId = 'c1') => ({
  id,
  prompt,
  kind: 'behavioral' as const,
  competencyId,
  probes: ['What next?'],
  anchors: { '1': 'Poor', '3': 'Fair', '5': 'Excellent' },
  redFlags: [],
});

const kit: InterviewKit = {
  id: 'k1',
  name: 'Front desk',
  roleTitle: 'Patient coordinator',
  evidenceRequired: true,
  version: 1,
  inUse: true,
  revision: 4,
  createdAt: '',
  updatedAt: '',
  questions: [question('q1', 'An anxious patient'), question('q2', 'Running late', 'c2')],
};

describe('KitEditorPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function renderKit() {
    const page = await renderPage(KitEditorPage, { inputs: { kitId: 'k1' } });
    page.backend.expectOne('/api/competencies').flush(competencies);
    page.backend.expectOne('/api/interview-kits/k1').flush(kit);
    page.backend.expectOne('/api/interview-kits/k1/versions').flush([
      { version: 1, name: 'Front desk', roleTitle: 'Patient coordinator', questionCount: 2, inUse: true, createdAt: '' },
    ]);
    await page.stable();
    return page;
  }

  it('says that saving a kit in use creates a new version, and saves the new order with the revision edited', async () => {
    const { el, backend, stable } = await renderKit();
    expect(el.querySelector('[role=note]')?.textContent).toContain('Saving creates version 2');
    expect(buttonByText(el, 'Save as new version')).toBeTruthy();

    el.querySelector<HTMLButtonElement>('button[aria-label="Move question 1 down"]')?.click();
    await stable();
    expect(Array.from(el.querySelectorAll('.q-prompt')).map((p) => p.textContent)).toEqual(['Running late', 'An anxious patient']);

    buttonByText(el, 'Save as new version').click();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/interview-kits/k1' });
    expect(patch.request.body.revision).toBe(4);
    expect(patch.request.body.questions.map((q: { id: string }) => q.id)).toEqual(['q2', 'q1']);
    patch.flush({ ...kit, version: 2, inUse: false, revision: 5, questions: [kit.questions[1], kit.questions[0]] });
    backend.expectOne('/api/interview-kits/k1/versions').flush([]);
    await stable();
    expect(overlay().textContent).toContain('Saved as version 2. Interviews already scheduled keep version 1.');
    expect(el.querySelector('[role=note]')).toBeNull();
  });

  it('keeps the edits when someone else saved first (409)', async () => {
    const { el, backend, stable } = await renderKit();
    typeInto(el.querySelector('input[formcontrolname=roleTitle]'), 'Front desk coordinator');
    buttonByText(el, 'Save as new version').click();
    const conflict = problem(409, 'The record was changed by someone else; reload it and try again');
    backend.expectOne({ method: 'PATCH', url: '/api/interview-kits/k1' }).flush(conflict.body, conflict.init);
    await stable();
    expect(overlay().textContent).toContain('changed by someone else');
    expect(el.querySelector<HTMLInputElement>('input[formcontrolname=roleTitle]')?.value).toBe('Front desk coordinator');
  });

  it('checks a new kit before sending it, then creates it and opens it', async () => {
    const { el, backend, stable } = await renderPage(KitEditorPage);
    backend.expectOne('/api/competencies').flush(competencies);
    await stable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    buttonByText(el, 'Create kit').click();
    await stable();
    backend.expectNone('/api/interview-kits');
    expect(el.textContent).toContain('Kit name is required');

    typeInto(el.querySelector('input[formcontrolname=name]'), 'Reception');
    typeInto(el.querySelector('input[formcontrolname=roleTitle]'), 'Receptionist');
    const editor = el.querySelector('rp-question-editor') as HTMLElement;
    typeInto(editor.querySelector('textarea[formcontrolname=prompt]'), 'Tell me about an anxious patient');
    typeInto(editor.querySelector('textarea[formcontrolname=probes]'), 'What did you say?\n\nWhat next?');
    typeInto(editor.querySelector('textarea[formcontrolname="1"]'), 'Ignores it');
    typeInto(editor.querySelector('textarea[formcontrolname="3"]'), 'Reassures');
    typeInto(editor.querySelector('textarea[formcontrolname="5"]'), 'Names the feeling and acts on it');
    // The competency is a Material select: open it and pick.
    editor.querySelectorAll<HTMLElement>('mat-select')[1].click();
    await stable();
    Array.from(overlay().querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.includes('Empathy'))?.click();
    await stable();

    buttonByText(el, 'Create kit').click();
    const post = backend.expectOne({ method: 'POST', url: '/api/interview-kits' });
    expect(post.request.body).toEqual({
      name: 'Reception',
      roleTitle: 'Receptionist',
      evidenceRequired: true,
      questions: [
        {
          kind: 'behavioral',
          competencyId: 'c1',
          prompt: 'Tell me about an anxious patient',
          probes: ['What did you say?', 'What next?'],
          anchors: { '1': 'Ignores it', '3': 'Reassures', '5': 'Names the feeling and acts on it' },
          redFlags: [],
        },
      ],
    });
    post.flush({ ...kit, id: 'k-new', name: 'Reception', version: 1, inUse: false });
    await stable();
    expect(navigate).toHaveBeenCalledWith(['/hiring/kits', 'k-new'], { replaceUrl: true });
  });
});
