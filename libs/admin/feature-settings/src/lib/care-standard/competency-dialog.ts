import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { CompetenciesStore } from '@rapport/admin/data-access';
import { ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { Competency } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

/** The API's limits, so the form refuses what the API would. */
const MAX_INDICATORS = 20;
const MAX_INDICATOR_LENGTH = 300;

/** Edits a competency's name, definition and behavioral indicators (its key stays: imports use it). */
@Component({
  selector: 'rp-competency-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './competency-dialog.scss',
  templateUrl: './competency-dialog.html',
})
export class CompetencyDialog {
  private readonly store = inject(CompetenciesStore);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<CompetencyDialog, Competency>>(MatDialogRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly competency = inject<Competency>(MAT_DIALOG_DATA);
  protected readonly maxIndicators = MAX_INDICATORS;
  protected readonly form = this.fb.group({
    name: [this.competency.name, [Validators.required, Validators.maxLength(200)]],
    definition: [this.competency.definition, [Validators.required, Validators.maxLength(2000)]],
    indicators: this.fb.array(this.competency.indicators.map((text) => this.indicatorControl(text))),
  });
  protected readonly saving = signal(false);
  protected readonly indicatorCount = signal(this.competency.indicators.length);
  protected readonly errorOf = fieldErrorMessage;

  protected addIndicator(): void {
    this.form.controls.indicators.push(this.indicatorControl(''));
    this.indicatorCount.set(this.form.controls.indicators.length);
  }

  protected removeIndicator(index: number): void {
    this.form.controls.indicators.removeAt(index);
    this.indicatorCount.set(this.form.controls.indicators.length);
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const value = this.form.getRawValue();
    this.store
      .update(this.competency.id, {
        ...value,
        indicators: value.indicators.map((i) => i.trim()),
        version: this.competency.version,
      })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }

  private indicatorControl(text: string) {
    return this.fb.control(text, [Validators.required, Validators.maxLength(MAX_INDICATOR_LENGTH)]);
  }
}
