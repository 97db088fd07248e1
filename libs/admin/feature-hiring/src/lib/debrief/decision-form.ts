import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { ApplicationsApi, isOverride } from '@rapport/admin/data-access';
import { ProblemHandler, RECOMMENDATION_LABELS, STAGE_LABELS } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import { type Application, type ApplicationStage, type Decision, DECISIONS, type Recommendation } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

const NEXT_STAGE: Partial<Record<ApplicationStage, ApplicationStage>> = {
  applied: 'screening',
  screening: 'interviewing',
  interviewing: 'offer',
  offer: 'hired',
};

/**
 * The hiring manager's decision with a written rationale. Formula first, then judgment: when the
 * decision goes against the computed recommendation the form says it will be recorded as an override.
 */
@Component({
  selector: 'rp-decision-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .choices mat-radio-button {
      min-height: 48px;
      display: flex;
      align-items: center;
    }
    mat-form-field {
      width: 100%;
    }
    .override {
      display: flex;
      gap: 10px;
      align-items: flex-start;
      margin: 0;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
  `,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-radio-group class="choices" formControlName="decision" aria-label="Decision" required>
        @for (d of decisions; track d) {
          <mat-radio-button [value]="d">{{ labelOf(d) }}</mat-radio-button>
        }
      </mat-radio-group>
      @if (form.controls.decision.touched && form.controls.decision.invalid) {
        <p class="error" role="alert">{{ errorOf(form.controls.decision, 'Decision') }}</p>
      }
      @if (overrideOf(); as against) {
        <p class="override" role="status">
          <mat-icon aria-hidden="true">warning</mat-icon>
          <span>
            This goes against the computed recommendation ({{ against }}). It will be recorded as an override, with your
            rationale.
          </span>
        </p>
      }
      <mat-form-field appearance="outline">
        <mat-label>Rationale</mat-label>
        <textarea matInput formControlName="rationale" rows="4" required></textarea>
        <mat-hint>Why, in terms of the evidence. Kept with the decision in the audit trail.</mat-hint>
        <mat-error>{{ errorOf(form.controls.rationale, 'Rationale') }}</mat-error>
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()">Record decision</button>
      </div>
    </form>
  `,
})
export class DecisionForm {
  private readonly api = inject(ApplicationsApi);
  private readonly problems = inject(ProblemHandler);

  readonly application = input.required<Application>();
  readonly computedRecommendation = input.required<Recommendation | null>();
  readonly decided = output<Application>();

  protected readonly decisions = DECISIONS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    decision: ['' as Decision | '', Validators.required],
    rationale: ['', [Validators.required, Validators.maxLength(5000)]],
  });
  private readonly decision = toSignal(this.form.controls.decision.valueChanges, { initialValue: '' as Decision | '' });
  /** The computed recommendation's label when the chosen decision overrides it. */
  protected readonly overrideOf = computed(() => {
    const decision = this.decision();
    const recommended = this.computedRecommendation();
    return decision !== '' && recommended && isOverride(decision, recommended) ? RECOMMENDATION_LABELS[recommended] : null;
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  protected labelOf(decision: Decision): string {
    if (decision === 'hire') return 'Hire';
    if (decision === 'reject') return 'Reject';
    const next = NEXT_STAGE[this.application().stage];
    return next ? `Advance to ${STAGE_LABELS[next]}` : 'Advance';
  }

  protected save(): void {
    const { decision, rationale } = this.form.getRawValue();
    if (!rationale.trim()) this.form.controls.rationale.setValue('');
    if (this.form.invalid || decision === '') {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .decide(this.application().id, { decision, rationale: rationale.trim() })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (app) => this.decided.emit(app),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}
