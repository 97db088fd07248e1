import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AuthStore, UsersStore } from '@rapport/admin/data-access';
import { CopyField, ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { CreateUserResponse, Role } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';
import { OWNER_ONLY_HINT, roleOptionsFor } from './role-options';

/**
 * Invites a user, then shows the one-time invitation link to copy: the API never shows it again,
 * so the dialog stays open on the link until the admin closes it.
 */
@Component({
  selector: 'rp-invite-user-dialog',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CopyField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './user-dialog.scss',
  templateUrl: './invite-user-dialog.html',
})
export class InviteUserDialog {
  private readonly store = inject(UsersStore);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<InviteUserDialog, CreateUserResponse>>(MatDialogRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  private readonly auth = inject(AuthStore);

  protected readonly roleOptions = computed(() => roleOptionsFor(this.auth.roles()));
  protected readonly canGrantOwner = computed(() => this.auth.roles().includes('owner'));
  protected readonly ownerOnlyHint = OWNER_ONLY_HINT;
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(320)]],
    roles: this.fb.control<Role[]>(['staff'], Validators.required),
  });
  protected readonly saving = signal(false);
  protected readonly invitation = signal<CreateUserResponse | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  protected invite(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.store
      .invite(this.form.getRawValue())
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (created) => this.invitation.set(created),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }

  protected done(): void {
    this.dialogRef.close(this.invitation() ?? undefined);
  }
}
