import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import type { Role } from '@rapport/shared/contracts';

export interface RenderOptions {
  /** Signs in with these roles before the page renders; without it the page renders signed out. */
  roles?: Role[];
}

/** Renders a settings page (which provides its own store) against a fake backend. */
export async function renderPage<T>(page: Type<T>, opts: RenderOptions = {}) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      // Closed dialogs leave the DOM at once instead of after an animation jsdom never finishes.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  if (opts.roles) {
    TestBed.inject(AuthStore).signIn({ email: 'x', password: 'y' }).subscribe();
    backend.expectOne('/api/auth/login').flush({
      accessToken: 't',
      user: { id: 'u-me', email: 'me@demo.rapport.test', name: 'Me Myself', roles: opts.roles },
      organization: { id: 'o', name: 'Lumen Aesthetics' },
    });
  }
  const fixture = TestBed.createComponent(page);
  const stable = () => fixture.whenStable();
  await stable();
  return { fixture, backend, stable, el: fixture.nativeElement as HTMLElement };
}

/** Dialogs render in the CDK overlay container, outside the page's element. */
export function overlay(): HTMLElement {
  const container = document.querySelector<HTMLElement>('.cdk-overlay-container');
  if (!container) throw new Error('No overlay is open');
  return container;
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!input) throw new Error('No such input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** The button whose visible label (icon ligatures left out) is `text`. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const label = (button: HTMLButtonElement) => {
    const copy = button.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return copy.textContent?.replace(/\s+/g, ' ').trim();
  };
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => label(b) === text);
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

/** Opens a mat-select and toggles the option with the given text (a multiple select stays open). */
export async function choose(select: Element | null, option: string, stable: () => Promise<void>): Promise<void> {
  if (!(select instanceof HTMLElement)) throw new Error('No such select');
  select.click();
  await stable();
  const match = Array.from(overlay().querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.trim() === option);
  if (!match) throw new Error(`No option "${option}"`);
  match.click();
  await stable();
}

/** The options of the open select panel, as label → disabled. */
export function optionStates(): Record<string, boolean> {
  return Object.fromEntries(
    Array.from(overlay().querySelectorAll<HTMLElement>('mat-option')).map((o) => [
      o.textContent?.trim() ?? '',
      o.getAttribute('aria-disabled') === 'true',
    ]),
  );
}

/** A problem document response for `backend.expectOne(...).flush(body, init)`. */
export const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) => ({
  body: { type: 'about:blank', title: status === 400 ? 'Bad Request' : 'Error', status, detail, ...(errors ? { errors } : {}) },
  init: { status, statusText: status === 400 ? 'Bad Request' : 'Error' },
});
