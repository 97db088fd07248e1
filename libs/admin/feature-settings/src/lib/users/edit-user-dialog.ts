import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AuthStore, UsersStore } from '@rapport/admin/data-access';
import { ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { User } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';
import { OWNER_ONLY_HINT, roleOptionsFor } from './role-options';

/** Changes a user's name and roles. */
@Component({
  selector: 'rp-edit-user-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './user-dialog.scss',
  template: `
    <h2 mat-dialog-title>Edit {{ user.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="warning">{{ user.email }}</p>
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" required />
          <mat-error>{{ errorOf(form.controls.name, 'Name') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Roles</mat-label>
          <mat-select formControlName="roles" multiple required>
            @for (role of roleOptions(); track role.value) {
              <mat-option [value]="role.value" [disabled]="role.disabled">{{ role.label }}</mat-option>
            }
          </mat-select>
          @if (!canGrantOwner()) {
            <mat-hint>{{ ownerOnlyHint }}</mat-hint>
          }
          <mat-error>{{ errorOf(form.controls.roles, 'At least one role') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Save</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EditUserDialog {
  private readonly store = inject(UsersStore);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<EditUserDialog, User>>(MatDialogRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  private readonly auth = inject(AuthStore);

  protected readonly user = inject<User>(MAT_DIALOG_DATA);
  protected readonly roleOptions = computed(() => roleOptionsFor(this.auth.roles()));
  protected readonly canGrantOwner = computed(() => this.auth.roles().includes('owner'));
  protected readonly ownerOnlyHint = OWNER_ONLY_HINT;
  protected readonly form = this.fb.group({
    name: [this.user.name, [Validators.required, Validators.maxLength(200)]],
    roles: this.fb.control([...this.user.roles], Validators.required),
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.store
      .update(this.user.id, { ...this.form.getRawValue(), version: this.user.version })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}
