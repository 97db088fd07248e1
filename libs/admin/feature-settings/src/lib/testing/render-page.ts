import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';

/** Renders a settings page (which provides its own store) against a fake backend. */
export async function renderPage<T>(page: Type<T>) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      // Closed dialogs leave the DOM at once instead of after an animation jsdom never finishes.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture = TestBed.createComponent(page);
  const backend = TestBed.inject(HttpTestingController);
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
