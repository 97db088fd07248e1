import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AuthApi } from '@rapport/admin/data-access';
import { fieldErrorMessage, problemMessage, toProblem } from '@rapport/admin/util';
import { finalize } from 'rxjs';
import { AuthFrame } from '../auth-frame/auth-frame';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Component({
  selector: 'rp-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, AuthFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../auth-form.scss',
  template: `
    @if (sentTo(); as email) {
      <rp-auth-frame heading="Check your email">
        <p role="status">
          If {{ email }} belongs to an account, a link to choose a new password is on its way. It works once, for an
          hour. Without an email server, your practice admin finds it in Settings → Messages.
        </p>
        <a mat-stroked-button routerLink="/sign-in">Back to sign in</a>
      </rp-auth-frame>
    } @else {
      <rp-auth-frame heading="Forgot your password?" lead="Enter your email and we will send you a link to choose a new one.">
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          @if (formError(); as message) {
            <p class="form-error" role="alert">{{ message }}</p>
          }
          <mat-form-field appearance="outline">
            <mat-label>Email</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="username" required />
            <mat-error>{{ errorOf(form.controls.email, 'Email') }}</mat-error>
          </mat-form-field>
          @if (submitting()) {
            <mat-progress-bar mode="indeterminate" aria-label="Sending the link" />
          }
          <button mat-flat-button type="submit" [disabled]="submitting()">Send reset link</button>
          <a mat-button routerLink="/sign-in">Back to sign in</a>
        </form>
      </rp-auth-frame>
    }
  `,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(320)]],
  });
  protected readonly submitting = signal(false);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const email = this.form.controls.email.value.trim();
    this.submitting.set(true);
    this.formError.set(null);
    this.api
      .requestPasswordReset({ email })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => this.sentTo.set(email),
        error: (error: unknown) => this.formError.set(problemMessage(toProblem(error))),
      });
  }
}
