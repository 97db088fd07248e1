import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthApi } from '@rapport/admin/data-access';
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

/** Where the emailed reset link (`/reset-password?token=…`) lands: choose a new password, then sign in. */
@Component({
  selector: 'rp-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, AuthFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../auth-form.scss',
  template: `
    @if (token()) {
      <rp-auth-frame heading="Choose a new password" lead="You will be signed out everywhere else.">
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          @if (formError(); as message) {
            <p class="form-error" role="alert">{{ message }}</p>
          }
          <mat-form-field appearance="outline">
            <mat-label>New password</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="new-password" required />
            <mat-hint>At least {{ minLength }} characters. A short sentence works well.</mat-hint>
            <mat-error>{{ errorOf(form.controls.password, 'Password') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Confirm password</mat-label>
            <input matInput type="password" formControlName="confirm" autocomplete="new-password" required />
            <mat-error>{{ errorOf(form.controls.confirm, 'Confirmation') }}</mat-error>
          </mat-form-field>
          @if (submitting()) {
            <mat-progress-bar mode="indeterminate" aria-label="Setting your password" />
          }
          <button mat-flat-button type="submit" [disabled]="submitting()">Set new password</button>
        </form>
      </rp-auth-frame>
    } @else {
      <rp-auth-frame heading="Reset link incomplete">
        <p role="alert">This link has no reset token. Open the full link from the email, or ask for a new one.</p>
        <a mat-stroked-button routerLink="/forgot-password">Ask for a new link</a>
      </rp-auth-frame>
    }
  `,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);

  /** Bound from the `token` query parameter of the reset link. */
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
    this.api
      .confirmPasswordReset({ token, password: this.form.controls.password.value })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => void this.router.navigate(['/sign-in'], { queryParams: { reset: 1 } }),
        error: (error: unknown) => {
          const problem = toProblem(error);
          const unplaced = applyProblemToForm(this.form, problem);
          if (!problem.errors?.length || unplaced.length) {
            this.formError.set([problemMessage(problem), ...unplaced.map((e) => e.message)].join(' '));
          }
        },
      });
  }
}
