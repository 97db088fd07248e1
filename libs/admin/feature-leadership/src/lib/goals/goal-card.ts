import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AnonymousAggregateView, formatDay } from '@rapport/admin/ui';
import type { AnonymousAggregate, LeadershipGoal } from '@rapport/shared/contracts';

/** One goal: target, due date, latest progress, how staff rate its competency, and the check-ins. */
@Component({
  selector: 'rp-goal-card',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, AnonymousAggregateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './goal-card.scss',
  template: `
    @let g = goal();
    <article class="goal" [attr.aria-labelledby]="'goal-' + g.id" data-testid="goal">
      <header>
        <h3 [id]="'goal-' + g.id">{{ g.title }}</h3>
        <span class="competency">{{ competencyName() }}</span>
      </header>
      @if (g.description) {
        <p class="description">{{ g.description }}</p>
      }
      <dl class="facts">
        <div><dt>Target</dt><dd>{{ g.target }}</dd></div>
        <div><dt>Due</dt><dd [class.overdue]="overdue()">{{ day(g.dueDate) }}{{ overdue() ? ' (overdue)' : '' }}</dd></div>
        <div>
          <dt>Staff rate it (upward)</dt>
          <dd>
            @if (g.upward; as upward) {
              <rp-anonymous-aggregate [aggregate]="upward" />
            } @else {
              <span class="muted">No upward reviews yet</span>
            }
          </dd>
        </div>
      </dl>
      <div class="progress">
        <span [id]="'progress-' + g.id">Progress {{ g.progress === null ? '— no check-in yet' : g.progress + '%' }}</span>
        <mat-progress-bar mode="determinate" [value]="g.progress ?? 0" [attr.aria-labelledby]="'progress-' + g.id" />
      </div>
      @if (checkIns().length) {
        <h4>Check-ins</h4>
        <ol class="check-ins" tabindex="0" [attr.aria-label]="'Check-ins of ' + g.title">
          @for (c of checkIns(); track c.id) {
            <li>
              <span class="when">{{ day(c.date) }} · {{ c.progress }}%</span>
              @if (c.note) {
                <span class="note">{{ c.note }}</span>
              }
            </li>
          }
        </ol>
      }
      @if (canCheckIn()) {
        <div class="actions">
          <button mat-stroked-button type="button" (click)="checkIn.emit(g)" [attr.aria-label]="'Add a check-in to ' + g.title">
            <mat-icon aria-hidden="true">add_task</mat-icon>
            Add check-in
          </button>
        </div>
      }
    </article>
  `,
})
export class GoalCard {
  readonly goal = input.required<LeadershipGoal & { upward: AnonymousAggregate | null }>();
  readonly competencyName = input('');
  readonly canCheckIn = input(true);
  readonly checkIn = output<LeadershipGoal>();

  protected readonly day = formatDay;
  /** Newest first: the latest step matters most. */
  protected readonly checkIns = computed(() => [...this.goal().checkIns].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)));
  protected readonly overdue = computed(() => {
    const g = this.goal();
    return (g.progress ?? 0) < 100 && g.dueDate < new Date().toISOString().slice(0, 10);
  });
}
