import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type AbstractControl, FormBuilder, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ANONYMITY_MIN_RATERS_MAX, CultureSettingsApi, LatestLoadable } from '@rapport/admin/data-access';
import { PageState, ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import { ANONYMITY_MIN_RATERS, type CultureSettings } from '@rapport/shared/contracts';
import { finalize, tap } from 'rxjs';

/** Mirrors the API's rule (a whole number from 3 to 50) so a mistake is caught before a round trip. */
function minRaters(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  if (value === null || (value as unknown) === '') return { required: true };
  if (!Number.isInteger(value) || value < ANONYMITY_MIN_RATERS || value > ANONYMITY_MIN_RATERS_MAX) {
    return { message: `Enter a whole number from ${ANONYMITY_MIN_RATERS} to ${ANONYMITY_MIN_RATERS_MAX}` };
  }
  return null;
}

/**
 * The anonymity minimum: how many different people must have given peer or upward ratings before
 * those ratings (and what is built on them) are shown. Owners and admins raise it; never below 3.
 */
@Component({
  selector: 'rp-anonymity-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../settings-page.scss', './anonymity.page.scss'],
  templateUrl: './anonymity.page.html',
})
export class AnonymityPage {
  private readonly api = inject(CultureSettingsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);

  protected readonly settings = new LatestLoadable<CultureSettings>();
  protected readonly saving = signal(false);
  protected readonly min = ANONYMITY_MIN_RATERS;
  protected readonly max = ANONYMITY_MIN_RATERS_MAX;
  protected readonly errorOf = fieldErrorMessage;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    anonymityMinRaters: [null as number | null, [minRaters]],
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    // The field shows what the API holds once it answers.
    this.settings.load(this.api.get().pipe(tap((s) => this.form.reset({ anonymityMinRaters: s.anonymityMinRaters }))));
  }

  protected save(): void {
    const value = this.form.controls.anonymityMinRaters.value;
    if (this.form.invalid || value === null) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .update({ anonymityMinRaters: value })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => {
          this.settings.set(saved);
          this.form.reset({ anonymityMinRaters: saved.anonymityMinRaters });
          this.snackBar.open(`Anonymity minimum saved: ${saved.anonymityMinRaters} raters`, undefined, { duration: 4000 });
        },
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}
