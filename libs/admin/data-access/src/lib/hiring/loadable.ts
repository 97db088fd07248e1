import { computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { problemMessage, toProblem } from '@rapport/admin/util';
import type { Observable } from 'rxjs';
import type { LoadStatus } from '../api/list.store';

interface LoadableState<T> {
  status: LoadStatus;
  value: T | null;
  error: ProblemDocument | null;
}

/**
 * One record a page shows (an opening, an application, a debrief) with the same loading / error
 * states as `ListStore`. `forbidden` tells a 403 apart: for scorecards and debriefs that is the API
 * explaining independence ("submit yours first"), which pages show as an explanation, not an error.
 */
export class Loadable<T> {
  private readonly state = signal<LoadableState<T>>({ status: 'idle', value: null, error: null });

  readonly status = computed(() => this.state().status);
  readonly value = computed(() => this.state().value);
  readonly error = computed(() => this.state().error);
  readonly errorMessage = computed(() => {
    const error = this.state().error;
    return error ? problemMessage(error) : '';
  });
  readonly forbidden = computed(() => this.state().error?.status === 403);

  constructor(private readonly destroyRef: DestroyRef) {}

  load(source: Observable<T>): void {
    this.state.update((s) => ({ ...s, status: 'loading', error: null }));
    source.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => this.state.set({ status: 'ready', value, error: null }),
      error: (err: unknown) => this.state.set({ status: 'error', value: null, error: toProblem(err) }),
    });
  }

  /** Replaces the value after a successful write, without a refetch. */
  set(value: T): void {
    this.state.set({ status: 'ready', value, error: null });
  }
}

/** A `Loadable` tied to the current injection context (component or store) for unsubscribing. */
export function loadable<T>(): Loadable<T> {
  return new Loadable<T>(inject(DestroyRef));
}
