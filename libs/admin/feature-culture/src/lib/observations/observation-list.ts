import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Observation } from '@rapport/shared/contracts';
import { formatDay, KIND_LABELS } from '../shared/labels';

/** Observations newest first, as a timeline: kind, competency, note, who saw it and when. */
@Component({
  selector: 'rp-observation-list',
  imports: [MatIconModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      grid-template-columns: 32px 1fr;
      gap: 4px 12px;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li:last-child {
      border-bottom: 0;
    }
    .icon {
      grid-row: span 2;
      display: grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
    }
    .recognition .icon {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .coaching .icon {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .icon mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: baseline;
    }
    .kind {
      font-weight: 500;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
    }
    .note {
      margin: 0;
    }
  `,
  template: `
    <ol [attr.aria-label]="label()">
      @for (o of observations(); track o.id) {
        <li [class]="o.kind" data-testid="observation">
          <span class="icon" aria-hidden="true">
            <mat-icon>{{ o.kind === 'recognition' ? 'thumb_up' : 'school' }}</mat-icon>
          </span>
          <div class="head">
            <span class="kind">{{ kindLabels[o.kind] }}</span>
            @if (showSubject()) {
              <a [routerLink]="['/staff', o.staffMemberId]">{{ subjectNames()[o.staffMemberId] ?? 'Someone' }}</a>
            }
            <span class="meta">{{ competencyNames()[o.competencyId] ?? '' }}</span>
            <span class="meta">· {{ day(o.observedAt) }} · by {{ o.authorName || 'a colleague' }}</span>
          </div>
          <p class="note">{{ o.note }}</p>
        </li>
      }
    </ol>
  `,
})
export class ObservationList {
  readonly observations = input.required<readonly Observation[]>();
  readonly competencyNames = input<Record<string, string | undefined>>({});
  readonly subjectNames = input<Record<string, string | undefined>>({});
  /** On the overview, whom each observation is about; on a profile it is obvious. */
  readonly showSubject = input(false);
  readonly label = input('Observations');

  protected readonly kindLabels = KIND_LABELS;
  protected readonly day = formatDay;
}
