import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import { applyProblemToForm, fieldErrorMessage, problemMessage, toProblem } from '@rapport/admin/util';
import { PASSWORD_MIN_LENGTH } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';
import { AuthFrame } from '../auth-frame/auth-frame';

function matchesPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password
    ? { message: 'The passwords do not match' }
    : null;
}

/** Where an invited user sets a password; the invitation link carries `?token=…`. */
@Component({
  selector: 'rp-accept-invite-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    AuthFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../auth-form.scss',
  templateUrl: './accept-invite.page.html',
})
export class AcceptInvitePage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** Bound from the `token` query parameter of the invitation link. */
  readonly token = input<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
    confirm: ['', [Validators.required, matchesPassword]],
  });
  protected readonly submitting = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  constructor() {
    // The confirmation depends on the password: re-check it when the password changes.
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  protected submit(): void {
    const token = this.token();
    if (!token) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.formError.set(null);
    this.auth
      .acceptInvite({ token, password: this.form.controls.password.value })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl('/home'),
        error: (error: unknown) => {
          const problem = toProblem(error);
          const unplaced = applyProblemToForm(this.form, problem);
          // An expired or used token names no field of this form: say it above the form.
          if (!problem.errors?.length || unplaced.length) {
            this.formError.set([problemMessage(problem), ...unplaced.map((e) => e.message)].join(' '));
          }
        },
      });
  }
}
