import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import { applyProblemToForm, fieldErrorMessage, problemMessage, toProblem } from '@rapport/admin/util';
import { finalize } from 'rxjs';
import { AuthFrame } from '../auth-frame/auth-frame';
import { safeReturnUrl } from '../safe-return-url';

@Component({
  selector: 'rp-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, AuthFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../auth-form.scss',
  templateUrl: './sign-in.page.html',
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** Bound from the `returnUrl` query parameter (set by the auth guard and the interceptor). */
  readonly returnUrl = input<string>();
  /** Set (`?reset=1`) after a password reset, to confirm it above the form. */
  readonly reset = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.formError.set(null);
    this.auth
      .signIn(this.form.getRawValue())
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => {
          const problem = toProblem(error);
          const unplaced = applyProblemToForm(this.form, problem);
          // Wrong credentials (401) and throttling (429) name no field: say it above the form.
          if (!problem.errors?.length || unplaced.length) this.formError.set(problemMessage(problem));
        },
      });
  }
}
