import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  AuthStore,
  CULTURE_OVERSEER_ROLES,
  LatestLoadable,
  ReviewAssignmentsApi,
  ReviewCyclesApi,
} from '@rapport/admin/data-access';
import { AnonymousAggregateView, Chart, PageState } from '@rapport/admin/ui';
import type { ReviewCycleStatus, ReviewResults } from '@rapport/shared/contracts';
import { map, type Observable, tap } from 'rxjs';
import { formatDay } from '../shared/labels';
import { competencyResultsOptions } from './profile-charts';

interface CycleOption {
  id: string;
  name: string;
  periodEnd: string;
  status: ReviewCycleStatus;
}

/** Newest first; the latest closed cycle is the one worth opening on (open cycles show no peer results). */
export function defaultCycle(cycles: readonly CycleOption[]): string | null {
  return (cycles.find((c) => c.status === 'closed') ?? cycles[0])?.id ?? null;
}

/**
 * A person's 360 results for one cycle: self and manager ratings, peer and upward only as aggregates of
 * enough raters once the cycle is closed (the API withholds the rest, and this says why).
 */
@Component({
  selector: 'rp-review-results-section',
  imports: [MatFormFieldModule, MatSelectModule, AnonymousAggregateView, Chart, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './review-results-section.scss',
  templateUrl: './review-results-section.html',
})
export class ReviewResultsSection {
  readonly staffMemberId = input.required<string>();
  readonly personName = input('');

  private readonly auth = inject(AuthStore);
  private readonly cyclesApi = inject(ReviewCyclesApi);
  private readonly assignmentsApi = inject(ReviewAssignmentsApi);

  protected readonly cycles = new LatestLoadable<CycleOption[]>();
  protected readonly results = new LatestLoadable<ReviewResults>();
  protected readonly cycleId = signal<string | null>(null);
  protected readonly day = formatDay;
  protected readonly chart = computed(() => {
    const results = this.results.value();
    return results ? competencyResultsOptions(results) : null;
  });
  protected readonly comments = computed(() =>
    (this.results.value()?.competencies ?? []).flatMap((c) =>
      [
        ...(c.self?.comment ? [{ who: 'Self', text: c.self.comment }] : []),
        ...(c.manager?.comment ? [{ who: 'Manager', text: c.manager.comment }] : []),
        ...(!c.peer.suppressed ? c.peer.comments.map((text) => ({ who: 'A peer', text })) : []),
        ...(!c.upward.suppressed ? c.upward.comments.map((text) => ({ who: 'A team member', text })) : []),
      ].map((comment) => ({ ...comment, competency: c.competencyName })),
    ),
  );

  constructor() {
    effect(() => {
      this.staffMemberId();
      untracked(() => this.loadCycles());
    });
  }

  protected loadCycles(): void {
    this.cycles.load(
      this.cycleOptions().pipe(
        // Open the default cycle as soon as the list is in.
        tap((list) => {
          this.cycleId.set(defaultCycle(list));
          this.loadResults();
        }),
      ),
    );
  }

  protected choose(cycleId: string): void {
    this.cycleId.set(cycleId);
    this.loadResults();
  }

  protected loadResults(): void {
    const cycleId = this.cycleId();
    if (cycleId) this.results.load(this.cyclesApi.results(cycleId, this.staffMemberId()));
  }

  /** Leaders and HR list every cycle; anyone else knows the cycles from the reviews they were asked to give. */
  private cycleOptions(): Observable<CycleOption[]> {
    const newestFirst = (list: CycleOption[]) => [...list].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
    if (this.auth.hasAnyRole(CULTURE_OVERSEER_ROLES)) {
      return this.cyclesApi
        .list()
        .pipe(map((page) => newestFirst(page.items.map((c) => ({ id: c.id, name: c.name, periodEnd: c.periodEnd, status: c.status })))));
    }
    return this.assignmentsApi.mine().pipe(
      map((page) => {
        const unique = new Map(
          page.items.map((a) => [a.cycleId, { id: a.cycleId, name: a.cycleName, periodEnd: a.periodEnd, status: a.cycleStatus }]),
        );
        return newestFirst([...unique.values()]);
      }),
    );
  }
}
