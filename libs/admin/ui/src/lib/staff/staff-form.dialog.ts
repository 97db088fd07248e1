import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type AbstractControl, FormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, type MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { Location, StaffMember } from '@rapport/shared/contracts';
import { finalize, type Observable } from 'rxjs';
import { fromIsoDate, provideIsoDateAdapter, toIsoDate } from '../culture/iso-date';
import { ProblemHandler } from '../problem-handler/problem-handler';

/** What the form sends: the fields of a staff record people edit by hand (dates as `YYYY-MM-DD`). */
export interface StaffFormValue {
  name: string;
  email: string;
  roleTitle: string;
  locationId: string;
  /** `null`: reports to no one. */
  managerId: string | null;
  hiredAt: string;
}

export interface StaffFormData {
  title: string;
  /** A sentence under the title, e.g. where a hire's values came from. */
  intro?: string;
  /** Verb on the saving button, e.g. "Create staff member" or "Save". */
  submitLabel: string;
  /** Starting values: a hire's draft, or the record being edited. A new record is hired today unless told. */
  initial?: Partial<StaffFormValue>;
  locations: readonly Pick<Location, 'id' | 'name'>[];
  /** The directory, to pick a manager from. */
  staff: readonly Pick<StaffMember, 'id' | 'name' | 'roleTitle'>[];
  /** The record being edited: it cannot be its own manager. */
  editingId?: string;
  /**
   * Sends the form (POST or PATCH, with whatever the caller adds: the application, the version). The
   * dialog closes with its answer; a refused request leaves it open, field errors on their fields.
   */
  save: (value: StaffFormValue) => Observable<StaffMember>;
}

/** Spaces only say nothing: the API trims them and would refuse the field. */
function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && !control.value.trim() ? { required: true } : null;
}

/**
 * A staff record's form, for a new person (from the staff list, or from a hire with its draft) and for
 * an edit. It lives in the UI library because hiring and culture both open it; each passes the lists it
 * offers and the request that saves it, so the form knows no API.
 */
@Component({
  selector: 'rp-staff-form-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDatepickerModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Hiring pages use the locale's date adapter; a staff record's date is shown and typed as the API's day.
  providers: [provideIsoDateAdapter()],
  styles: `
    form {
      min-width: min(480px, 80vw);
    }
    /* Room for each hint line above the next field's floating label. */
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    mat-form-field {
      width: 100%;
    }
    .intro {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (data.intro) {
          <p class="intro">{{ data.intro }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" required autocomplete="off" />
          <mat-error>{{ errorOf(form.controls.name, 'Name') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Email</mat-label>
          <input matInput type="email" formControlName="email" required autocomplete="off" />
          <mat-hint>Service-metric imports find the person by it.</mat-hint>
          <mat-error>{{ errorOf(form.controls.email, 'Email') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Role title</mat-label>
          <input matInput formControlName="roleTitle" required />
          <mat-error>{{ errorOf(form.controls.roleTitle, 'Role title') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Location</mat-label>
          <mat-select formControlName="locationId" required>
            @for (location of data.locations; track location.id) {
              <mat-option [value]="location.id">{{ location.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf(form.controls.locationId, 'Location') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Manager</mat-label>
          <mat-select formControlName="managerId">
            <mat-option value="">No manager</mat-option>
            @for (person of managers; track person.id) {
              <mat-option [value]="person.id">{{ person.name }} · {{ person.roleTitle }}</mat-option>
            }
          </mat-select>
          <mat-hint>Optional: whom they report to.</mat-hint>
          <mat-error>{{ errorOf(form.controls.managerId, 'Manager') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Hired on</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="hiredAt" required />
          <mat-hint>YYYY-MM-DD</mat-hint>
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          <mat-error>{{ errorOf(form.controls.hiredAt, 'Hire date') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ data.submitLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class StaffFormDialog {
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<StaffFormDialog, StaffMember>>(MatDialogRef);

  protected readonly data = inject<StaffFormData>(MAT_DIALOG_DATA);
  private readonly initial = this.data.initial ?? {};
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.initial.name ?? '', [Validators.required, notBlank, Validators.maxLength(200)]],
    email: [this.initial.email ?? '', [Validators.required, Validators.email, Validators.maxLength(320)]],
    roleTitle: [this.initial.roleTitle ?? '', [Validators.required, notBlank, Validators.maxLength(200)]],
    locationId: [this.initial.locationId ?? '', Validators.required],
    managerId: [this.initial.managerId ?? ''],
    hiredAt: [(this.initial.hiredAt ? fromIsoDate(this.initial.hiredAt) : new Date()) as Date | null, Validators.required],
  });
  /** Everyone but the person edited, by name. */
  protected readonly managers = this.data.staff
    .filter((s) => s.id !== this.data.editingId)
    .sort((a, b) => a.name.localeCompare(b.name));
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.data
      .save({
        name: v.name.trim(),
        email: v.email.trim(),
        roleTitle: v.roleTitle.trim(),
        locationId: v.locationId,
        managerId: v.managerId || null,
        hiredAt: toIsoDate(v.hiredAt as Date),
      })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}

/** Opens the staff form; emits once: the saved record, or `undefined` when cancelled. */
export function openStaffForm(dialog: MatDialog, data: StaffFormData): Observable<StaffMember | undefined> {
  return dialog
    .open<StaffFormDialog, StaffFormData, StaffMember>(StaffFormDialog, { data, width: '560px', maxWidth: '95vw' })
    .afterClosed();
}
