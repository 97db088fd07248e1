import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { QuestionBrief, RatingScale } from '@rapport/admin/ui';
import type { Competency, KitQuestion } from '@rapport/shared/contracts';

/** The kit as the interviewer will see it on the scoring screen (a rehearsal: nothing is saved). */
@Component({
  selector: 'rp-kit-preview',
  imports: [MatFormFieldModule, MatInputModule, QuestionBrief, RatingScale],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 860px;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    li {
      padding: 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 20px;
      background: var(--mat-sys-surface-container-low);
    }
    rp-rating-scale {
      display: block;
      margin: 16px 0 12px;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <p class="note">
      A rehearsal of the scoring screen with your unsaved changes. Try the scale; nothing here is saved.
      @if (evidenceRequired()) {
        Interviewers must write evidence for every rating.
      }
    </p>
    <ol>
      @for (q of questions(); track q.id; let i = $index) {
        <li>
          <rp-question-brief
            [question]="q"
            [competencyName]="names().get(q.competencyId) ?? ''"
            [promptId]="'preview-prompt-' + i"
            [position]="{ index: i, total: questions().length }"
          />
          <rp-rating-scale [name]="'preview-rating-' + i" [labelledBy]="'preview-prompt-' + i" [anchors]="q.anchors" />
          <mat-form-field appearance="outline">
            <mat-label>Evidence</mat-label>
            <textarea matInput rows="2"></textarea>
            <mat-hint>What the candidate said or did that justifies the rating.</mat-hint>
          </mat-form-field>
        </li>
      }
    </ol>
  `,
})
export class KitPreview {
  readonly questions = input.required<KitQuestion[]>();
  readonly competencies = input.required<Competency[]>();
  readonly evidenceRequired = input(true);
  protected readonly names = computed(() => new Map(this.competencies().map((c) => [c.id, c.name])));
}
