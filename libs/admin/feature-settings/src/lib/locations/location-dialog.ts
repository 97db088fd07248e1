import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LocationsStore } from '@rapport/admin/data-access';
import { ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { Location } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

export interface LocationDialogData {
  /** The location to edit; absent to create one. */
  location?: Location;
}

/** Mirrors the API's rule so most mistakes are caught before a round trip; the API stays the judge. */
function codeFormat(control: AbstractControl<string>): ValidationErrors | null {
  return !control.value || /^[A-Za-z0-9-]{2,20}$/.test(control.value)
    ? null
    : { message: 'Use 2–20 letters, digits or dashes' };
}

@Component({
  selector: 'rp-location-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(420px, 80vw);
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit location' : 'Add location' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" required cdkFocusInitial />
          <mat-error>{{ errorOf(form.controls.name, 'Name') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Code</mat-label>
          <input matInput formControlName="code" required (blur)="upperCaseCode()" />
          <mat-hint>2–20 letters, digits or dashes, e.g. DTN. Used by imports.</mat-hint>
          <mat-error>{{ errorOf(form.controls.code, 'Code') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ editing ? 'Save' : 'Add location' }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class LocationDialog {
  private readonly store = inject(LocationsStore);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<LocationDialog, Location>>(MatDialogRef);
  private readonly location = inject<LocationDialogData>(MAT_DIALOG_DATA).location;

  protected readonly editing = !!this.location;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.location?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    code: [this.location?.code ?? '', [Validators.required, codeFormat]],
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  protected upperCaseCode(): void {
    const code = this.form.controls.code;
    const normalized = code.value.trim().toUpperCase();
    // Only when it changes: setting a value re-validates, which would clear a server error on blur.
    if (normalized !== code.value) code.setValue(normalized);
  }

  protected save(): void {
    this.upperCaseCode();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const body = this.form.getRawValue();
    // The version makes a concurrent edit a 409 (shown in the snackbar) instead of a silent overwrite.
    const request = this.location
      ? this.store.update(this.location.id, { ...body, version: this.location.version })
      : this.store.create(body);
    request.pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => this.problems.handle(error, this.form),
    });
  }
}
