import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS, provideNativeDateAdapter } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { AuthStore, FileSaver } from '@rapport/admin/data-access';
import type { Role, User } from '@rapport/shared/contracts';

export interface RenderOptions {
  roles?: Role[];
  /** Query parameters and other inputs, set before the first render. */
  inputs?: Record<string, unknown>;
}

/** Renders a governance page signed in (as HR by default) against a fake backend; saved files are collected. */
export async function renderPage<T>(page: Type<T>, opts: RenderOptions = {}) {
  const saved: { blob: Blob; name: string }[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNativeDateAdapter(),
      { provide: FileSaver, useValue: { save: (blob: Blob, name: string) => saved.push({ blob, name }) } },
      // Closed dialogs leave the DOM at once instead of after an animation jsdom never finishes.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  TestBed.inject(AuthStore).signIn({ email: 'x', password: 'y' }).subscribe();
  backend.expectOne('/api/auth/login').flush({
    accessToken: 't',
    user: { id: 'u-hana', email: 'hr@demo.rapport.test', name: 'Hana Brooks', roles: opts.roles ?? ['hr'] },
    organization: { id: 'o', name: 'Lumen Aesthetics' },
  });
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(opts.inputs ?? {})) fixture.componentRef.setInput(name, value);
  const stable = () => fixture.whenStable();
  await stable();
  return { fixture, backend, stable, saved, el: fixture.nativeElement as HTMLElement };
}

/** Dialogs and select panels render in the CDK overlay container, outside the page's element. */
export function overlay(): HTMLElement {
  const container = document.querySelector<HTMLElement>('.cdk-overlay-container');
  if (!container) throw new Error('No overlay is open');
  return container;
}

export function typeInto(input: Element | null, value: string): void {
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error('No such input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** The button whose visible label (icon ligatures left out) is `text`. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const label = (el: Element) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return copy.textContent?.replace(/\s+/g, ' ').trim();
  };
  const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => label(b) === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** Opens a mat-select and picks the option with the given text. */
export async function choose(select: Element | null, option: string, stable: () => Promise<void>): Promise<void> {
  if (!(select instanceof HTMLElement)) throw new Error('No such select');
  select.click();
  await stable();
  const match = Array.from(overlay().querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.trim() === option);
  if (!match) throw new Error(`No option "${option}"`);
  match.click();
  await stable();
}

export const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) => ({
  body: { type: 'about:blank', title: 'Error', status, detail, ...(errors ? { errors } : {}) },
  init: { status, statusText: 'Error' },
});

export function user(id: string, name: string, roles: Role[]): User {
  return { id, name, roles, email: `${id}@x`, active: true, invitationPending: false, version: 1, createdAt: '', updatedAt: '' };
}
