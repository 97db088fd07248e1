import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { MyReviewsStore } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import type { ReviewAssignment } from '@rapport/shared/contracts';
import { formatDay, RELATION_LABELS } from '../shared/labels';
import { isAnonymous } from './review-form';

const STATUS_LABELS = { not_started: 'Not started', draft: 'Draft saved', submitted: 'Submitted' } as const;

/** The reviews the caller is asked to give: what is still to do first, then what is done. */
@Component({
  selector: 'rp-my-reviews-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyReviewsStore],
  styleUrls: ['../shared/culture-page.scss', './my-reviews.page.scss'],
  templateUrl: './my-reviews.page.html',
})
export class MyReviewsPage {
  protected readonly store = inject(MyReviewsStore);
  protected readonly relationLabels = RELATION_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly anonymous = isAnonymous;
  protected readonly day = formatDay;

  protected readonly groups = computed(() => {
    // Newest cycle first; within a cycle, yourself first, then the people you review by name.
    const items = [...this.store.items()].sort(
      (a, b) =>
        b.periodEnd.localeCompare(a.periodEnd) ||
        a.cycleName.localeCompare(b.cycleName) ||
        Number(b.relation === 'self') - Number(a.relation === 'self') ||
        a.subject.name.localeCompare(b.subject.name),
    );
    const open = (a: ReviewAssignment) => a.cycleStatus === 'open';
    return [
      { key: 'todo', title: 'To do', items: items.filter((a) => open(a) && a.status !== 'submitted') },
      { key: 'done', title: 'Submitted', items: items.filter((a) => open(a) && a.status === 'submitted') },
      { key: 'past', title: 'Past cycles', items: items.filter((a) => !open(a)) },
    ].filter((g) => g.items.length);
  });

  constructor() {
    this.store.load();
  }

  protected statusLabel(a: ReviewAssignment): string {
    // A review never given in a closed cycle will not be: "not started" would suggest it still could.
    return a.cycleStatus === 'closed' && a.status !== 'submitted' ? 'Not given' : this.statusLabels[a.status];
  }

  protected action(a: ReviewAssignment): string {
    if (a.cycleStatus === 'closed' || a.status === 'submitted') return 'View';
    return a.status === 'draft' ? 'Continue' : 'Start';
  }
}
