import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import { provideIsoDateAdapter } from '@rapport/admin/ui';
import type { Role } from '@rapport/shared/contracts';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';

export interface RenderOptions {
  roles?: Role[];
  userId?: string;
  inputs?: Record<string, unknown>;
}

/**
 * Renders a culture page against a fake backend, signed in with `roles`. Charts stay empty: ECharts never
 * loads (jsdom has no canvas); what a chart shows is tested through its option builder.
 */
export async function renderPage<T>(page: Type<T>, options: RenderOptions = {}) {
  // jsdom has no ResizeObserver; the chart directive requires one.
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe(): void {
      /* jsdom never resizes anything */
    }
    unobserve(): void {
      /* jsdom never resizes anything */
    }
    disconnect(): void {
      /* jsdom never resizes anything */
    }
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideIsoDateAdapter(),
      { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } },
      // Closed dialogs leave the DOM at once instead of after an animation jsdom never finishes.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  TestBed.inject(AuthStore).signIn({ email: 'x', password: 'y' }).subscribe();
  backend.expectOne('/api/auth/login').flush({
    accessToken: 't',
    user: { id: options.userId ?? 'u-me', email: 'me@demo.rapport.test', name: 'Me', roles: options.roles ?? ['hr'] },
    organization: { id: 'o', name: 'Lumen Aesthetics' },
  });
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(options.inputs ?? {})) fixture.componentRef.setInput(name, value);
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
  const label = (button: HTMLElement) => {
    const copy = button.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return copy.textContent?.replace(/\s+/g, ' ').trim();
  };
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => label(b) === text);
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

export const problem = (status: number, detail: string, errors?: object[]) => ({
  body: { type: 'about:blank', title: 'Error', status, detail, ...(errors ? { errors } : {}) },
  init: { status, statusText: 'Error' },
});
