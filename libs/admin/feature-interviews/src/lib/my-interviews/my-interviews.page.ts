import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthStore, InterviewsApi, loadable } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import type { Interview, Page, PanelMember } from '@rapport/shared/contracts';

type MyStatus = PanelMember['scorecardStatus'];

const STATUS_LABELS: Record<MyStatus, string> = {
  not_started: 'Not started',
  draft: 'Draft saved',
  submitted: 'Submitted',
};

interface Row {
  interview: Interview;
  status: MyStatus;
  submitted: number;
  action: string;
}

/** The interviews the signed-in user sits on: scorecards to write first, submitted ones after. */
@Component({
  selector: 'rp-my-interviews-page',
  imports: [DatePipe, NgTemplateOutlet, MatButtonModule, MatIconModule, RouterLink, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './my-interviews.page.scss',
  templateUrl: './my-interviews.page.html',
})
export class MyInterviewsPage {
  private readonly api = inject(InterviewsApi);
  private readonly auth = inject(AuthStore);

  protected readonly list = loadable<Page<Interview>>();
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly rows = computed(() => {
    const me = this.auth.user()?.id;
    const rows: Row[] = (this.list.value()?.items ?? []).map((interview) => {
      const status = interview.panel.find((p) => p.interviewerId === me)?.scorecardStatus ?? 'not_started';
      return {
        interview,
        status,
        submitted: interview.panel.filter((p) => p.scorecardStatus === 'submitted').length,
        action: status === 'submitted' ? 'View scorecard' : status === 'draft' ? 'Continue scoring' : 'Start scoring',
      };
    });
    return {
      toDo: rows.filter((r) => r.status !== 'submitted').sort(byDate(1)),
      done: rows.filter((r) => r.status === 'submitted').sort(byDate(-1)),
    };
  });
  protected readonly isEmpty = computed(() => this.list.status() === 'ready' && !this.list.value()?.items.length);

  constructor() {
    this.load();
  }

  /** Types the card template's context (ngTemplateOutlet contexts are untyped). */
  protected asRow(row: unknown): Row {
    return row as Row;
  }

  protected load(): void {
    this.list.load(this.api.list({ mine: true }));
  }
}

/** Soonest first for the to-do list; most recent first for the done list. */
const byDate = (direction: 1 | -1) => (a: Row, b: Row) =>
  direction * (Date.parse(a.interview.scheduledAt) - Date.parse(b.interview.scheduledAt));
