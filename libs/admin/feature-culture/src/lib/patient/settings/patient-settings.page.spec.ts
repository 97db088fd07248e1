import { problem, renderPage, buttonByText } from '../../testing/render-page';
import { PatientSettingsPage } from './patient-settings.page';

const competency = (id: string, key: string, name: string, position: number) => ({
  id,
  key,
  name,
  position,
  definition: '',
  indicators: [],
  version: 1,
  createdAt: '',
  updatedAt: '',
});

const ITEMS = {
  items: [
    { item: 'courteous', label: 'Staff were courteous and respectful', competencyId: 'c-emp' },
    { item: 'fees_explained', label: 'Fees were explained before treatment', competencyId: 'c-bill' },
  ],
};

async function render() {
  const page = await renderPage(PatientSettingsPage);
  page.backend.expectOne('/api/reviews/themes').flush({
    rules: [
      { theme: 'billing', keywords: ['bill*', 'invoice'] },
      { theme: 'staff', keywords: ['staff'] },
    ],
  });
  page.backend.expectOne('/api/competencies').flush({
    items: [competency('c-bill', 'billing_integrity', 'Billing integrity', 3), competency('c-emp', 'empathy', 'Empathy & warmth', 1)],
    total: 2,
  });
  page.backend.expectOne('/api/patient-feedback/items').flush(ITEMS);
  await page.stable();
  return page;
}

function chips(el: HTMLElement, theme: string): string[] {
  return Array.from(el.querySelectorAll(`[data-theme=${theme}] mat-chip-row`)).map((c) =>
    (c.textContent ?? '').replace('cancel', '').trim(),
  );
}

function addKeyword(el: HTMLElement, theme: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>(`[data-theme=${theme}] input`);
  if (!input) throw new Error(`No input for ${theme}`);
  input.value = value;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 } as KeyboardEventInit));
}

describe('PatientSettingsPage: review themes', () => {
  it('shows each theme’s keywords as chips, adds and removes them, and says how many reviews were retagged', async () => {
    const { backend, stable, el } = await render();
    expect(chips(el, 'billing')).toEqual(['bill*', 'invoice']);
    expect(el.querySelector('[data-theme=results]')?.textContent).toContain('No keywords: this theme tags no review.');
    expect(buttonByText(el, 'Save theme rules').disabled).toBe(true);

    addKeyword(el, 'billing', '  Hidden  Fee* ');
    await stable();
    el.querySelector<HTMLButtonElement>('[aria-label="Remove invoice from Billing"]')?.click();
    await stable();
    expect(chips(el, 'billing')).toEqual(['bill*', 'hidden fee*']);

    buttonByText(el, 'Save theme rules').click();
    const save = backend.expectOne('/api/reviews/themes');
    expect(save.request.method).toBe('PUT');
    const rules = (save.request.body as { rules: { theme: string; keywords: string[] }[] }).rules;
    expect(rules.map((r) => r.theme)).toEqual(['staff', 'billing', 'wait_time', 'pressure_to_buy', 'communication', 'results']);
    expect(rules.find((r) => r.theme === 'billing')?.keywords).toEqual(['bill*', 'hidden fee*']);
    save.flush({ rules, retagged: 4 });
    await stable();
    expect(el.querySelector('[data-testid=themes-saved]')?.textContent).toContain('Theme rules saved; 4 stored reviews were retagged.');
    expect(buttonByText(el, 'Save theme rules').disabled).toBe(true);
  });

  it('refuses a malformed or repeated keyword with the reason, and keeps the draft', async () => {
    const { stable, el } = await render();
    addKeyword(el, 'billing', 'Bill*');
    await stable();
    expect(el.querySelector('[data-theme=billing] [role=alert]')?.textContent).toContain('"bill*" is already in this theme');
    addKeyword(el, 'billing', '*fee');
    await stable();
    expect(el.querySelector('[data-theme=billing] [role=alert]')?.textContent).toContain('a * only at the end of a word');
    expect(chips(el, 'billing')).toEqual(['bill*', 'invoice']);
  });

  it('keeps the edits when saving fails', async () => {
    const { backend, stable, el } = await render();
    addKeyword(el, 'staff', 'receptionist');
    await stable();
    buttonByText(el, 'Save theme rules').click();
    const { body, init } = problem(400, 'The request is invalid', [{ field: 'rules.0.keywords', message: 'a keyword is letters…' }]);
    backend.expectOne('/api/reviews/themes').flush(body, init);
    await stable();
    expect(chips(el, 'staff')).toEqual(['staff', 'receptionist']);
    expect(buttonByText(el, 'Save theme rules').disabled).toBe(false);
    // rules.0 is the first theme sent: Staff.
    expect(el.querySelector('[data-theme=staff] [role=alert]')?.textContent).toContain('a keyword is letters…');
    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain('The request is invalid');
  });
});

describe('PatientSettingsPage: survey items', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('maps an item to no competency and saves every item', async () => {
    const { backend, stable, el, fixture } = await render();
    const form = (fixture.debugElement.query((d) => d.name === 'rp-item-mapping-editor').componentInstance as {
      form: { controls: Record<string, { setValue(v: string | null): void; markAsDirty(): void }> };
    }).form;
    form.controls['courteous'].setValue(null);
    form.controls['courteous'].markAsDirty();
    await stable();

    buttonByText(el, 'Save mapping').click();
    const save = backend.expectOne('/api/patient-feedback/items');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({
      items: [
        { item: 'courteous', competencyId: null },
        { item: 'fees_explained', competencyId: 'c-bill' },
      ],
    });
    save.flush({ items: [{ ...ITEMS.items[0], competencyId: null }, ITEMS.items[1]] });
    await stable();
    expect(buttonByText(el, 'Save mapping').disabled).toBe(true);
  });

  it('restores the shipped defaults by competency key', async () => {
    const { stable, el, fixture } = await render();
    const editor = fixture.debugElement.query((d) => d.name === 'rp-item-mapping-editor').componentInstance as {
      form: { getRawValue(): Record<string, string | null> };
    };
    buttonByText(el, 'Restore defaults').click();
    await stable();
    // courteous → empathy, fees_explained → billing_integrity; items whose default competency is missing → none.
    expect(editor.form.getRawValue()).toMatchObject({ courteous: 'c-emp', fees_explained: 'c-bill', same_day_reply: null });
    expect(buttonByText(el, 'Save mapping').disabled).toBe(false);
  });
});
