import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { AuthStore, CULTURE_ADMIN_ROLES, LatestLoadable, LocationsStore, ReviewCyclesApi } from '@rapport/admin/data-access';
import { openConfirmDialog, PageState, ProblemHandler } from '@rapport/admin/ui';
import { REVIEW_RELATIONS, type ReviewCycle } from '@rapport/shared/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { formatDay } from '../shared/labels';

const PROGRESS_LABELS = { self: 'Self reviews', manager: 'Manager reviews', peer: 'Peer reviews', upward: 'Upward reviews' } as const;

/** One cycle: its scope, completion by relation (counts only, never who), and closing it. */
@Component({
  selector: 'rp-review-cycle-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [LocationsStore],
  styleUrls: ['../shared/culture-page.scss', './review-cycle.page.scss'],
  templateUrl: './review-cycle.page.html',
})
export class ReviewCyclePage {
  readonly id = input.required<string>();

  private readonly api = inject(ReviewCyclesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);

  protected readonly locations = inject(LocationsStore);
  protected readonly cycle = new LatestLoadable<ReviewCycle>();
  protected readonly closing = signal(false);
  protected readonly canManage = computed(() => this.auth.hasAnyRole(CULTURE_ADMIN_ROLES));
  protected readonly day = formatDay;
  protected readonly relations = computed(() => {
    const progress = this.cycle.value()?.progress;
    if (!progress) return [];
    return REVIEW_RELATIONS.map((relation) => ({ relation, label: PROGRESS_LABELS[relation], ...progress.byRelation[relation] })).filter(
      (r) => r.total > 0,
    );
  });
  protected readonly scope = computed(() => {
    const ids = this.cycle.value()?.locationIds;
    if (!ids) return 'All locations';
    return ids.map((id) => this.locations.items().find((l) => l.id === id)?.name ?? 'A removed location').join(', ');
  });

  constructor() {
    this.locations.load();
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    this.cycle.load(this.api.get(this.id()));
  }

  protected percent(part: { submitted: number; total: number }): number {
    return part.total ? Math.round((100 * part.submitted) / part.total) : 0;
  }

  protected close(cycle: ReviewCycle): void {
    const missing = cycle.progress.total - cycle.progress.submitted;
    openConfirmDialog(this.dialog, {
      title: `Close ${cycle.name}?`,
      message:
        (missing ? `${missing} of ${cycle.progress.total} reviews are not submitted and will stay unsubmitted. ` : '') +
        'Closing locks every review and releases the results: peer and upward ratings are shown as averages where at least 3 people rated. This cannot be undone.',
      confirmLabel: 'Close cycle',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.closing.set(true);
          return this.api.close(cycle.id).pipe(finalize(() => this.closing.set(false)));
        }),
      )
      .subscribe({
        next: (closed) => {
          this.cycle.set(closed);
          this.snackBar.open(`Closed ${closed.name}`, undefined, { duration: 4000 });
        },
        error: (error: unknown) => this.problems.handle(error),
      });
  }
}
