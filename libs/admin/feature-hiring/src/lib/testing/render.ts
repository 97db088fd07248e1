import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS, provideNativeDateAdapter } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import type { Role } from '@rapport/shared/contracts';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from '../debrief/echarts-setup';

export interface RenderOptions {
  userId?: string;
  roles?: Role[];
  /** Route parameters and other inputs, set before the first render. */
  inputs?: Record<string, unknown>;
}

/** Renders a hiring page signed in (as Maya Chen, hiring manager, by default) against a fake backend. */
export async function renderPage<T>(page: Type<T>, opts: RenderOptions = {}) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNativeDateAdapter(),
      provideEchartsCore({ echarts }),
      // Closed dialogs leave the DOM at once instead of after an animation jsdom never finishes.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  TestBed.inject(AuthStore).signIn({ email: 'x', password: 'y' }).subscribe();
  backend.expectOne('/api/auth/login').flush({
    accessToken: 't',
    user: { id: opts.userId ?? 'u-maya', email: 'manager@demo.rapport.test', name: 'Maya Chen', roles: opts.roles ?? ['hiring_manager', 'interviewer'] },
    organization: { id: 'o', name: 'Lumen Aesthetics' },
  });
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(opts.inputs ?? {})) fixture.componentRef.setInput(name, value);
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

export function typeInto(input: Element | null, value: string): void {
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error('No such input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** The button (or link) whose visible label, icon ligatures left out, is `text`. */
export function buttonByText(root: ParentNode, text: string): HTMLElement {
  const label = (el: Element) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return copy.textContent?.replace(/\s+/g, ' ').trim();
  };
  const found = Array.from(root.querySelectorAll<HTMLElement>('button, a')).find((b) => label(b) === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

export const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) => ({
  body: { type: 'about:blank', title: 'Error', status, detail, ...(errors ? { errors } : {}) },
  init: { status, statusText: 'Error' },
});
