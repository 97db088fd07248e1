import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { KIND_HINTS, KIND_LABELS } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import { type Competency, QUESTION_KINDS } from '@rapport/shared/contracts';
import type { QuestionGroup } from './kit-form';

/** The fields of one kit question: kind, competency, prompt, probes, the 1/3/5 anchors, red flags. */
@Component({
  selector: 'rp-question-editor',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 16px;
    }
    .anchors {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      gap: 0 12px;
    }
    @media (max-width: 899.98px) {
      .anchors {
        grid-template-columns: 1fr;
      }
    }
    mat-form-field {
      width: 100%;
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
  `,
  template: `
    <div [formGroup]="group()">
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>Kind</mat-label>
          <mat-select formControlName="kind">
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ kindLabels[kind] }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ kindHints[group().controls.kind.value] }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Competency</mat-label>
          <mat-select formControlName="competencyId" required>
            @for (c of competencies(); track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf(group().controls.competencyId, 'Competency') }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline">
        <mat-label>Prompt</mat-label>
        <textarea matInput formControlName="prompt" rows="2" required [id]="idPrefix() + '-prompt'"></textarea>
        <mat-hint>What the interviewer asks, word for word.</mat-hint>
        <mat-error>{{ errorOf(group().controls.prompt, 'Prompt') }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Follow-up probes</mat-label>
        <textarea matInput formControlName="probes" rows="3"></textarea>
        <mat-hint>One per line, up to 10.</mat-hint>
        <mat-error>{{ errorOf(group().controls.probes, 'Probes') }}</mat-error>
      </mat-form-field>
      <fieldset formGroupName="anchors">
        <legend>What an answer looks like (2 and 4 lie between)</legend>
        <div class="anchors">
          <mat-form-field appearance="outline">
            <mat-label>1: poor</mat-label>
            <textarea matInput formControlName="1" rows="3" required></textarea>
            <mat-error>{{ errorOf(group().controls.anchors.controls['1'], 'Anchor 1') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>3: acceptable</mat-label>
            <textarea matInput formControlName="3" rows="3" required></textarea>
            <mat-error>{{ errorOf(group().controls.anchors.controls['3'], 'Anchor 3') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>5: excellent</mat-label>
            <textarea matInput formControlName="5" rows="3" required></textarea>
            <mat-error>{{ errorOf(group().controls.anchors.controls['5'], 'Anchor 5') }}</mat-error>
          </mat-form-field>
        </div>
      </fieldset>
      <mat-form-field appearance="outline">
        <mat-label>Red flags</mat-label>
        <textarea matInput formControlName="redFlags" rows="2"></textarea>
        <mat-hint>What to listen for, one per line.</mat-hint>
        <mat-error>{{ errorOf(group().controls.redFlags, 'Red flags') }}</mat-error>
      </mat-form-field>
    </div>
  `,
})
export class QuestionEditor {
  readonly group = input.required<QuestionGroup>();
  readonly competencies = input.required<Competency[]>();
  /** Prefix for element ids (the page focuses a new question's prompt). */
  readonly idPrefix = input.required<string>();

  protected readonly kinds = QUESTION_KINDS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly kindHints = KIND_HINTS;
  protected readonly errorOf = fieldErrorMessage;
}
