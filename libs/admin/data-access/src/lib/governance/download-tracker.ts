import { computed, DestroyRef, inject, signal } from '@angular/core';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { problemMessage, toProblem } from '@rapport/admin/util';
import type { Observable, Subscription } from 'rxjs';
import { type ExportProgress, formatBytes } from './export-files';

export type DownloadStatus = 'idle' | 'downloading' | 'done' | 'error';

interface DownloadState {
  status: DownloadStatus;
  loaded: number;
  total: number | null;
  fileName: string | null;
  error: ProblemDocument | null;
}

const IDLE: DownloadState = { status: 'idle', loaded: 0, total: null, fileName: null, error: null };

/**
 * One download button's state as signals: running with progress, finished (with the file's name) or
 * failed (with the API's problem). Starting again cancels a download still running; create it in an
 * injection context so it stops with its page.
 */
export class DownloadTracker {
  private readonly state = signal<DownloadState>(IDLE);
  private inFlight: Subscription | null = null;

  readonly status = computed(() => this.state().status);
  readonly busy = computed(() => this.state().status === 'downloading');
  readonly fileName = computed(() => this.state().fileName);
  readonly error = computed(() => this.state().error);
  /** 0–100 when the size is known; `null` while it is not (indeterminate). */
  readonly percent = computed(() => {
    const { loaded, total } = this.state();
    return total ? Math.min(100, Math.round((100 * loaded) / total)) : null;
  });
  /** The sentence next to the progress bar. */
  readonly progressLabel = computed(() => {
    const { status, loaded, total } = this.state();
    if (status !== 'downloading') return '';
    if (loaded === 0) return 'Preparing the file…';
    if (total) return `Downloading… ${this.percent()}% (${formatBytes(loaded)} of ${formatBytes(total)})`;
    return `Downloading… ${formatBytes(loaded)} received`;
  });
  /** The API's reason, with each refused filter named. */
  readonly errorMessage = computed(() => {
    const error = this.state().error;
    if (!error) return '';
    const fields = (error.errors ?? []).map((e) => e.message).filter((m) => !(error.detail ?? '').includes(m));
    return [problemMessage(error), ...fields].join(' · ');
  });

  constructor(destroyRef: DestroyRef) {
    destroyRef.onDestroy(() => this.inFlight?.unsubscribe());
  }

  start(source: Observable<ExportProgress>, onError?: (problem: ProblemDocument) => void): void {
    this.inFlight?.unsubscribe();
    this.state.set({ ...IDLE, status: 'downloading' });
    this.inFlight = source.subscribe({
      next: (progress) =>
        this.state.set(
          progress.kind === 'done'
            ? { ...IDLE, status: 'done', loaded: progress.blob.size, total: progress.blob.size, fileName: progress.fileName }
            : { ...IDLE, status: 'downloading', loaded: progress.loaded, total: progress.total },
        ),
      error: (error: unknown) => {
        const problem = toProblem(error);
        this.state.set({ ...IDLE, status: 'error', error: problem });
        onError?.(problem);
      },
    });
  }

  /** Stops a running download (the request is aborted) and forgets the last result. */
  reset(): void {
    this.inFlight?.unsubscribe();
    this.inFlight = null;
    this.state.set(IDLE);
  }
}

/** A `DownloadTracker` tied to the current injection context. */
export function downloadTracker(): DownloadTracker {
  return new DownloadTracker(inject(DestroyRef));
}
