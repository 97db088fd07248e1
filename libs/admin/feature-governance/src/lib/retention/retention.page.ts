import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { type AbstractControl, FormBuilder, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import {
  AuthStore,
  LatestLoadable,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
  RETENTION_MANAGE_ROLES,
  RetentionApi,
} from '@rapport/admin/data-access';
import { openConfirmDialog, PageState, ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { RetentionCandidate, RetentionRun, RetentionSettings } from '@rapport/shared/contracts';
import { filter, finalize, switchMap, tap } from 'rxjs';

/** Mirrors the API's rule (an integer from 30 to 3650) so mistakes are caught before a round trip. */
function retentionDays(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  if (value === null || (value as unknown) === '') return { required: true };
  if (!Number.isInteger(value) || value < RETENTION_DAYS_MIN || value > RETENTION_DAYS_MAX) {
    return { message: `Enter a whole number of days from ${RETENTION_DAYS_MIN} to ${RETENTION_DAYS_MAX}` };
  }
  return null;
}

/**
 * The candidate retention policy: unsuccessful candidates are erased automatically a number of days
 * after their last activity, unless on legal hold. Owner and HR change it, preview it and run it now;
 * an admin reads it.
 */
@Component({
  selector: 'rp-retention-page',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatTableModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../governance-page.scss', './retention.page.scss'],
  templateUrl: './retention.page.html',
})
export class RetentionPage {
  private readonly api = inject(RetentionApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);

  protected readonly canManage = inject(AuthStore).hasAnyRole(RETENTION_MANAGE_ROLES);
  protected readonly settings = new LatestLoadable<RetentionSettings>();
  protected readonly preview = new LatestLoadable<RetentionCandidate[]>();
  protected readonly saving = signal(false);
  protected readonly running = signal(false);
  protected readonly columns = ['name', 'lastActivityAt', 'eraseAfter'];
  protected readonly min = RETENTION_DAYS_MIN;
  protected readonly max = RETENTION_DAYS_MAX;
  protected readonly errorOf = fieldErrorMessage;
  protected readonly due = computed(() => this.preview.value()?.length ?? 0);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    candidateRetentionDays: [null as number | null, [retentionDays]],
  });

  constructor() {
    if (!this.canManage) this.form.disable();
    this.loadSettings();
    if (this.canManage) this.loadPreview();
  }

  protected loadSettings(): void {
    // The form shows what the API holds once it answers.
    this.settings.load(this.api.settings().pipe(tap((s) => this.form.reset({ candidateRetentionDays: s.candidateRetentionDays }))));
  }

  protected loadPreview(): void {
    this.preview.load(this.api.preview());
  }

  protected save(): void {
    const days = this.form.controls.candidateRetentionDays;
    if (this.form.invalid || days.value === null) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .updateSettings({ candidateRetentionDays: days.value })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => {
          this.settings.set(saved);
          this.form.reset({ candidateRetentionDays: saved.candidateRetentionDays });
          this.snackBar.open(`Retention policy saved: ${saved.candidateRetentionDays} days`, undefined, { duration: 4000 });
          // A shorter period can make more candidates due.
          this.loadPreview();
        },
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }

  protected runNow(): void {
    const due = this.due();
    openConfirmDialog(this.dialog, {
      title: due === 0 ? 'Run the retention policy now?' : due === 1 ? 'Erase 1 candidate now?' : `Erase ${due} candidates now?`,
      message:
        'Runs the retention policy now. The personal data of every candidate it finds due (name, email, phone, notes, ' +
        'interview evidence, stage reasons, decision rationale, self-identification, and personal data in the audit log) ' +
        'is erased for good; ratings stay for the statistics. This cannot be undone.',
      confirmLabel: 'Erase now',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.running.set(true);
          return this.api.run().pipe(finalize(() => this.running.set(false)));
        }),
      )
      .subscribe({
        next: (run) => {
          this.snackBar.open(runMessage(run), undefined, { duration: 6000 });
          this.loadPreview();
        },
        error: (error: unknown) => this.problems.handle(error),
      });
  }
}

function runMessage(run: RetentionRun): string {
  if (run.skipped) return 'Another retention run was in progress; nothing was erased. Try again in a minute.';
  if (run.erased === 0) return 'Retention run finished: nobody was due.';
  return run.erased === 1 ? 'Retention run finished: 1 candidate erased.' : `Retention run finished: ${run.erased} candidates erased.`;
}
