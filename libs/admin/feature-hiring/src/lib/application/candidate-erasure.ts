import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AuthStore, CandidatesApi, ERASURE_ROLES, LEGAL_HOLD_ROLES } from '@rapport/admin/data-access';
import { ProblemHandler } from '@rapport/admin/ui';
import type { Candidate, ErasureResult } from '@rapport/shared/contracts';
import { filter, finalize } from 'rxjs';
import { openEraseCandidateDialog } from './erase-candidate-dialog';

/**
 * The candidate's data-governance controls on their page: the legal hold (HR, owner, admin) and
 * erasure on request (HR, owner), which a legal hold blocks. Once erased, it says so.
 */
@Component({
  selector: 'rp-candidate-erasure',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatSlideToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .controls {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
      margin-top: 16px;
      padding-top: 12px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    p {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .erase:not(:disabled) {
      color: var(--mat-sys-error);
    }
    .erased {
      display: flex;
      gap: 10px;
      align-items: flex-start;
      padding: 12px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
    }
    .erased p {
      color: inherit;
      font: var(--mat-sys-body-medium);
    }
  `,
  template: `
    @if (candidate().erasedAt; as erasedAt) {
      <div class="erased" role="status">
        <mat-icon aria-hidden="true">person_off</mat-icon>
        <p>
          <strong>Personal data erased</strong> on {{ erasedAt | date: 'd MMM y' }}. Ratings remain for statistics; audit
          events remain in the chain without their contents.
        </p>
      </div>
    } @else if (canHold || canErase) {
      <div class="controls">
        @if (canHold) {
          <mat-slide-toggle
            [checked]="candidate().legalHold"
            [disabled]="savingHold()"
            (change)="setHold($event)"
            aria-describedby="legal-hold-hint"
          >
            Legal hold
          </mat-slide-toggle>
          <p id="legal-hold-hint">A candidate on legal hold is kept: never erased by the retention policy or on request.</p>
        }
        @if (canErase) {
          <button
            mat-stroked-button
            type="button"
            class="erase"
            [disabled]="candidate().legalHold"
            (click)="erase()"
            aria-describedby="erase-hint"
          >
            <mat-icon aria-hidden="true">delete_forever</mat-icon>
            Erase candidate data
          </button>
          <p id="erase-hint">{{ eraseHint() }}</p>
        }
      </div>
    }
  `,
})
export class CandidateErasure {
  private readonly api = inject(CandidatesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);
  private readonly auth = inject(AuthStore);

  readonly candidate = input.required<Candidate>();
  /** The candidate after a legal-hold change. */
  readonly changed = output<Candidate>();
  /** After an erasure: the page reloads to show what remains. */
  readonly erased = output<ErasureResult>();

  protected readonly canHold = this.auth.hasAnyRole(LEGAL_HOLD_ROLES);
  protected readonly canErase = this.auth.hasAnyRole(ERASURE_ROLES);
  protected readonly savingHold = signal(false);
  protected readonly eraseHint = computed(() =>
    this.candidate().legalHold
      ? 'Erasure is blocked while the candidate is on legal hold. Lift the hold first if the data may go.'
      : 'On the candidate’s request: removes their personal data everywhere. Asks you to confirm.',
  );

  protected setHold(change: MatSlideToggleChange): void {
    const candidate = this.candidate();
    this.savingHold.set(true);
    this.api
      .update(candidate.id, { legalHold: change.checked, version: candidate.version })
      .pipe(finalize(() => this.savingHold.set(false)))
      .subscribe({
        next: (saved) => {
          this.changed.emit(saved);
          this.snackBar.open(saved.legalHold ? `${saved.name} is on legal hold` : `Legal hold lifted for ${saved.name}`, undefined, {
            duration: 4000,
          });
        },
        error: (error: unknown) => {
          // The toggle moved on click; put it back to what the server holds.
          change.source.checked = candidate.legalHold;
          this.problems.handle(error);
        },
      });
  }

  protected erase(): void {
    const candidate = this.candidate();
    openEraseCandidateDialog(this.dialog, candidate)
      .pipe(filter((result): result is ErasureResult => !!result))
      .subscribe((result) => {
        this.snackBar.open(`Personal data of ${candidate.name} erased`, undefined, { duration: 5000 });
        this.erased.emit(result);
      });
  }
}
