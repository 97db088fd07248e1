import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { AuthStore, SCORECARD_AUTOSAVE_MS } from '@rapport/admin/data-access';
import type { Interview, KitQuestion, Role, Scorecard } from '@rapport/shared/contracts';

/** Renders a page signed in as `userId` against a fake backend; autosave fires on the next tick. */
export async function renderPage<T>(page: Type<T>, opts: { userId?: string; roles?: Role[]; inputs?: Record<string, unknown> } = {}) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: SCORECARD_AUTOSAVE_MS, useValue: 0 },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  TestBed.inject(AuthStore).signIn({ email: 'x', password: 'y' }).subscribe();
  backend.expectOne('/api/auth/login').flush({
    accessToken: 't',
    user: { id: opts.userId ?? 'u-ivan', email: 'interviewer@demo.rapport.test', name: 'Ivan Novak', roles: opts.roles ?? ['interviewer'] },
    organization: { id: 'o', name: 'Lumen Aesthetics' },
  });
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(opts.inputs ?? {})) fixture.componentRef.setInput(name, value);
  const stable = () => fixture.whenStable();
  await stable();
  return { fixture, backend, stable, el: fixture.nativeElement as HTMLElement };
}

/** Lets timers of 0 ms (the autosave in tests) run. */
export const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function question(id: string, overrides: Partial<KitQuestion> = {}): KitQuestion {
  return {
    id,
    prompt: `Prompt of ${id}`,
    kind: 'behavioral',
    competencyId: 'c-empathy',
    probes: ['What happened next?'],
    anchors: { '1': `Poor answer to ${id}`, '3': `Fair answer to ${id}`, '5': `Excellent answer to ${id}` },
    redFlags: ['Blames the patient'],
    ...overrides,
  };
}

export function interview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'i1',
    applicationId: 'a1',
    candidateName: 'Riley Okafor',
    openingTitle: 'Patient coordinator',
    kitId: 'k1',
    kitVersion: 2,
    evidenceRequired: true,
    scheduledAt: '2026-11-20T10:00:00.000Z',
    questions: [question('q1'), question('q2', { kind: 'role_play' })],
    panel: [
      { interviewerId: 'u-ivan', name: 'Ivan Novak', scorecardStatus: 'not_started' },
      { interviewerId: 'u-maya', name: 'Maya Chen', scorecardStatus: 'submitted' },
    ],
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export function scorecard(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    id: 's1',
    interviewId: 'i1',
    interviewerId: 'u-ivan',
    interviewerName: 'Ivan Novak',
    status: 'draft',
    ratings: [],
    recommendation: null,
    submittedAt: null,
    amendedAt: null,
    updatedAt: '2026-11-20T11:00:00.000Z',
    ...overrides,
  };
}

export const competencies = {
  items: [{ id: 'c-empathy', key: 'empathy', name: 'Empathy & warmth', definition: '', indicators: [], position: 1, version: 1, createdAt: '', updatedAt: '' }],
  total: 1,
};

export const forbidden = (detail: string) => ({ type: 'forbidden', title: 'Forbidden', status: 403, detail });
