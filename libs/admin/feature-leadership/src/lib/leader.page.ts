import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { AuthStore, CompetenciesApi, CULTURE_ADMIN_ROLES, LatestLoadable, LeadershipApi } from '@rapport/admin/data-access';
import { AnonymousAggregateView, Chart, PageState } from '@rapport/admin/ui';
import type { Competency, LeaderOverview, LeadershipGoal } from '@rapport/shared/contracts';
import { filter, map } from 'rxjs';
import { type CheckInData, CheckInDialog } from './goals/check-in.dialog';
import { GoalCard } from './goals/goal-card';
import { GoalDialog, type GoalDialogData } from './goals/goal.dialog';
import { formatGap, gapOptions, upwardTrendOptions } from './leader-charts';
import { ThreeWayGapSection } from './three-way-gap/three-way-gap-section';

/** `me` in the URL is the signed-in leader ("My leadership"). */
export const ME = 'me';

/**
 * A leader's page: goals with check-ins, how staff rate them (upward, anonymous, pooled when the team is
 * small) and the self-vs-staff gap: how they see themselves against how their staff experience them.
 */
@Component({
  selector: 'rp-leader-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, AnonymousAggregateView, Chart, PageState, GoalCard, ThreeWayGapSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './leader.page.scss',
  templateUrl: './leader.page.html',
})
export class LeaderPage {
  /** The leader's user id, or `me`. */
  readonly id = input.required<string>();

  private readonly api = inject(LeadershipApi);
  private readonly competenciesApi = inject(CompetenciesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly overview = new LatestLoadable<LeaderOverview>();
  protected readonly competencies = new LatestLoadable<Competency[]>();
  protected readonly userId = computed(() => (this.id() === ME ? (this.auth.user()?.id ?? '') : this.id()));
  protected readonly isMe = computed(() => this.userId() === this.auth.user()?.id);
  protected readonly canBrowseLeaders = computed(() => this.auth.hasAnyRole(CULTURE_ADMIN_ROLES));
  protected readonly formatGap = formatGap;

  protected readonly competencyNames = computed(
    () => new Map((this.competencies.value() ?? []).map((c) => [c.id, c.name])),
  );
  protected readonly gapChart = computed(() => {
    const gap = this.overview.value()?.gap ?? [];
    return gap.some((g) => g.self !== null || !g.staff.suppressed) ? gapOptions(gap) : null;
  });
  protected readonly trendChart = computed(() => {
    const trend = this.overview.value()?.upwardTrend ?? [];
    return trend.some((t) => t.points.length) ? upwardTrendOptions(trend) : null;
  });
  /** Cycle names by id, to say which cycles a pooled figure combines. */
  private readonly cycleNames = computed(
    () => new Map((this.overview.value()?.upwardTrend ?? []).flatMap((t) => t.points.map((p) => [p.cycleId, p.cycleName] as const))),
  );
  protected readonly gapCycleName = computed(() => {
    const id = this.overview.value()?.gapCycleId;
    return id ? (this.cycleNames().get(id) ?? '') : '';
  });
  protected readonly trendCycles = computed(() => this.overview.value()?.upwardTrend[0]?.points ?? []);

  constructor() {
    this.competencies.load(
      this.competenciesApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.position - b.position))),
    );
    effect(() => {
      const userId = this.userId();
      untracked(() => userId && this.overview.load(this.api.overview(userId)));
    });
  }

  protected load(): void {
    this.overview.load(this.api.overview(this.userId()));
  }

  /** "Pooled over Q1 2026 360 review and Q2 2026 360 review", or '' for a single cycle. */
  protected pooledNote(cycleIds: readonly string[]): string {
    if (cycleIds.length < 2) return '';
    const names = cycleIds.map((id) => this.cycleNames().get(id) ?? 'an earlier cycle');
    return `Pooled over ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} to reach enough raters`;
  }

  protected addGoal(overview: LeaderOverview): void {
    this.dialog
      .open<GoalDialog, GoalDialogData, LeadershipGoal>(GoalDialog, {
        data: { ownerId: overview.leader.userId, ownerName: this.isMe() ? 'you' : overview.leader.name, competencies: this.competencies.value() ?? [] },
        injector: this.injector,
        width: '600px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((goal): goal is LeadershipGoal => !!goal))
      .subscribe((goal) => {
        this.overview.update((o) => ({ ...o, goals: [...o.goals, { ...goal, upward: this.latestUpward(o, goal.competencyId) }] }));
        this.snackBar.open('Goal added', undefined, { duration: 4000 });
      });
  }

  protected checkIn(goal: LeadershipGoal): void {
    this.dialog
      .open<CheckInDialog, CheckInData, LeadershipGoal>(CheckInDialog, {
        data: { goal },
        injector: this.injector,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((saved): saved is LeadershipGoal => !!saved))
      .subscribe((saved) => {
        this.overview.update((o) => ({ ...o, goals: o.goals.map((g) => (g.id === saved.id ? { ...saved, upward: g.upward } : g)) }));
        this.snackBar.open(`Check-in saved: ${saved.progress ?? 0}%`, undefined, { duration: 4000 });
      });
  }

  /** The newest upward point of a competency, as the API puts on each goal. */
  private latestUpward(overview: LeaderOverview, competencyId: string) {
    const points = overview.upwardTrend.find((t) => t.competencyId === competencyId)?.points ?? [];
    return points[points.length - 1]?.aggregate ?? null;
  }
}
