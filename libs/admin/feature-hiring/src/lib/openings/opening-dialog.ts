import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AuthStore, HiringPeopleStore, KitsStore, LocationsStore, OpeningsStore } from '@rapport/admin/data-access';
import { OPENING_STATUS_LABELS, ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import { OPENING_STATUSES, type Opening, type OpeningStatus, type Role } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

/** Who may make someone else an opening's hiring manager (the API's HiringScope). */
const ASSIGNERS: readonly Role[] = ['owner', 'admin', 'hr'];

export interface OpeningDialogData {
  /** The opening to edit; absent to open a new one. */
  opening?: Opening;
}

/** Opens or edits a role: title, where, who decides, which kit the panels use, and its status. */
@Component({
  selector: 'rp-opening-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ opening ? 'Edit opening' : 'New opening' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" required cdkFocusInitial />
          <mat-hint>The role as candidates see it, e.g. Patient coordinator</mat-hint>
          <mat-error>{{ errorOf(form.controls.title, 'Title') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Location</mat-label>
          <mat-select formControlName="locationId" required>
            @for (location of locations.items(); track location.id) {
              <mat-option [value]="location.id">{{ location.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf(form.controls.locationId, 'Location') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Interview kit</mat-label>
          <mat-select formControlName="kitId" required>
            @for (kit of kits.items(); track kit.id) {
              <mat-option [value]="kit.id">{{ kit.name }} ({{ kit.questions.length }} questions)</mat-option>
            }
          </mat-select>
          <mat-hint>Panels use the kit's current version when they are scheduled.</mat-hint>
          <mat-error>{{ errorOf(form.controls.kitId, 'Interview kit') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Hiring manager</mat-label>
          <mat-select formControlName="hiringManagerId" required>
            @for (person of managers(); track person.id) {
              <mat-option [value]="person.id">{{ person.name }}</mat-option>
            }
          </mat-select>
          @if (onlySelf) {
            <mat-hint>You manage the openings you open; HR, an owner or an admin can hand one to someone else.</mat-hint>
          } @else if (people.partial()) {
            <mat-hint>Your role cannot read the user list, so only people already known here are offered.</mat-hint>
          } @else {
            <mat-hint>Records the decision after the debrief.</mat-hint>
          }
          <mat-error>{{ errorOf(form.controls.hiringManagerId, 'Hiring manager') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Status</mat-label>
          <mat-select formControlName="status">
            @for (status of statuses; track status) {
              <mat-option [value]="status">{{ statusLabels[status] }}</mat-option>
            }
          </mat-select>
          <mat-hint>Only open roles take new candidates.</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ opening ? 'Save' : 'Create opening' }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class OpeningDialog {
  private readonly store = inject(OpeningsStore);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<OpeningDialog, Opening>>(MatDialogRef);
  private readonly me = inject(AuthStore).user();
  protected readonly opening = inject<OpeningDialogData>(MAT_DIALOG_DATA).opening;
  protected readonly kits = inject(KitsStore);
  protected readonly locations = inject(LocationsStore);
  protected readonly people = inject(HiringPeopleStore);

  /**
   * A hiring manager without owner, admin or HR manages the openings they open and cannot hand one
   * to someone else (the API answers 403), so the field is shown but fixed to them.
   */
  protected readonly onlySelf = !!this.me && !this.me.roles.some((r) => ASSIGNERS.includes(r));

  protected readonly statuses = OPENING_STATUSES;
  protected readonly statusLabels = OPENING_STATUS_LABELS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: [this.opening?.title ?? '', [Validators.required, Validators.maxLength(200)]],
    locationId: [this.opening?.locationId ?? '', Validators.required],
    kitId: [this.opening?.kitId ?? '', Validators.required],
    // The person opening a role usually manages it.
    hiringManagerId: [{ value: this.opening?.hiringManagerId ?? this.defaultManager(), disabled: this.onlySelf }, Validators.required],
    status: [this.opening?.status ?? ('open' as OpeningStatus)],
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  /** Hiring managers to offer, keeping the current one even if the list cannot name them. */
  protected readonly managers = computed(() => {
    const list = this.people.hiringManagers();
    const current = this.opening?.hiringManagerId;
    if (!current || list.some((p) => p.id === current)) return list;
    return [...list, { id: current, name: this.people.nameOf(current) || 'Current hiring manager', roles: null }];
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const body = { ...this.form.getRawValue(), title: this.form.controls.title.value.trim() };
    const request = this.opening
      ? this.store.update(this.opening.id, { ...body, version: this.opening.version })
      : this.store.create(body);
    request.pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => this.problems.handle(error, this.form),
    });
  }

  private defaultManager(): string {
    return this.me && this.me.roles.includes('hiring_manager') ? this.me.id : '';
  }
}
