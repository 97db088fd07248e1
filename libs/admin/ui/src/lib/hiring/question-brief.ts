import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { KitQuestion } from '@rapport/shared/contracts';
import { KIND_LABELS } from './hiring-labels';

/**
 * A question as the interviewer reads it: kind and competency, the prompt to ask, the follow-up
 * probes and the red flags to listen for. The prompt carries `promptId`, so a rating scale can be
 * named by it.
 */
@Component({
  selector: 'rp-question-brief',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 8px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .tag {
      padding: 2px 10px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .prompt {
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .lists {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 4px 24px;
    }
    h4 {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li {
      margin: 2px 0;
    }
    .flags h4 {
      color: var(--mat-sys-error);
    }
  `,
  template: `
    <div class="meta">
      @if (position(); as pos) {
        <span>Question {{ pos.index + 1 }} of {{ pos.total }}</span>
      }
      <span class="tag">{{ kindLabel() }}</span>
      @if (competencyName()) {
        <span class="tag">{{ competencyName() }}</span>
      }
    </div>
    <p class="prompt" role="heading" [attr.aria-level]="headingLevel()" [id]="promptId()">{{ question().prompt }}</p>
    @if (question().probes.length || question().redFlags.length) {
      <div class="lists">
        @if (question().probes.length) {
          <div>
            <h4>Follow-up probes</h4>
            <ul>
              @for (probe of question().probes; track $index) {
                <li>{{ probe }}</li>
              }
            </ul>
          </div>
        }
        @if (question().redFlags.length) {
          <div class="flags">
            <h4>Red flags</h4>
            <ul>
              @for (flag of question().redFlags; track $index) {
                <li>{{ flag }}</li>
              }
            </ul>
          </div>
        }
      </div>
    }
  `,
})
export class QuestionBrief {
  readonly question = input.required<KitQuestion>();
  readonly competencyName = input('');
  readonly promptId = input.required<string>();
  readonly headingLevel = input(2);
  readonly position = input<{ index: number; total: number } | null>(null);
  protected readonly kindLabel = computed(() => KIND_LABELS[this.question().kind]);
}
