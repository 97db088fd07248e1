import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { LatestLoadable, LeadershipApi, UsersApi } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import type { LeadershipGoal, User } from '@rapport/shared/contracts';
import { forkJoin, map } from 'rxjs';

export interface LeaderRow {
  user: User;
  goals: number;
  /** Mean of the goals' latest progress; `null` before any check-in. */
  progress: number | null;
}

/** Everyone who leads (role leader or owner, still active), with how their goals are going. */
export function leaderRows(users: readonly User[], goals: readonly LeadershipGoal[]): LeaderRow[] {
  return users
    .filter((u) => u.active && (u.roles.includes('leader') || u.roles.includes('owner')))
    .map((user) => {
      const mine = goals.filter((g) => g.ownerId === user.id);
      const progressed = mine.filter((g) => g.progress !== null).map((g) => g.progress as number);
      return {
        user,
        goals: mine.length,
        progress: progressed.length ? Math.round(progressed.reduce((a, b) => a + b, 0) / progressed.length) : null,
      };
    })
    .sort((a, b) => a.user.name.localeCompare(b.user.name));
}

/** For owner, admin and HR: the practice's leaders, each linking to their leader page. */
@Component({
  selector: 'rp-leaders-page',
  imports: [MatProgressBarModule, MatTableModule, RouterLink, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 1000px;
    }
    h1 {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-medium);
    }
    .intro {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .table-wrap {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
    }
    table {
      width: 100%;
    }
    a {
      font-weight: 500;
      color: var(--mat-sys-primary);
    }
    .progress {
      display: flex;
      align-items: center;
      gap: 12px;
      min-width: 180px;
    }
    .progress mat-progress-bar {
      flex: 1;
    }
  `,
  template: `
    <h1>Leaders</h1>
    <p class="intro">Physicians and others who lead: their goals on modeling caring behavior and how their staff rate them.</p>
    <rp-page-state
      [status]="data.status()"
      [empty]="!rows().length"
      emptyIcon="diversity_3"
      emptyMessage="No one holds the leader role yet. Give it to physicians and other leaders in Settings → Users."
      [errorMessage]="data.errorMessage()"
      (retry)="load()"
    >
      <div class="table-wrap">
        <table mat-table [dataSource]="rows()" aria-label="Leaders">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Leader</th>
            <td mat-cell *matCellDef="let row"><a [routerLink]="[row.user.id]">{{ row.user.name }}</a></td>
          </ng-container>
          <ng-container matColumnDef="goals">
            <th mat-header-cell *matHeaderCellDef scope="col">Goals</th>
            <td mat-cell *matCellDef="let row">{{ row.goals }}</td>
          </ng-container>
          <ng-container matColumnDef="progress">
            <th mat-header-cell *matHeaderCellDef scope="col">Average progress</th>
            <td mat-cell *matCellDef="let row">
              @if (row.progress === null) {
                —
              } @else {
                <div class="progress">
                  <mat-progress-bar mode="determinate" [value]="row.progress" [attr.aria-label]="'Average goal progress of ' + row.user.name" />
                  <span>{{ row.progress }}%</span>
                </div>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    </rp-page-state>
  `,
})
export class LeadersPage {
  private readonly users = inject(UsersApi);
  private readonly leadership = inject(LeadershipApi);

  protected readonly data = new LatestLoadable<LeaderRow[]>();
  protected readonly rows = computed(() => this.data.value() ?? []);
  protected readonly columns = ['name', 'goals', 'progress'];

  constructor() {
    this.load();
  }

  protected load(): void {
    this.data.load(
      forkJoin([this.users.list(), this.leadership.goals()]).pipe(map(([users, goals]) => leaderRows(users.items, goals.items))),
    );
  }
}
