import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { HiringPeopleStore, isFinalStage, PipelineStore } from '@rapport/admin/data-access';
import { OPENING_STATUS_LABELS, PageState, ProblemHandler, STAGE_LABELS } from '@rapport/admin/ui';
import type { Application, ApplicationStage, Interview } from '@rapport/shared/contracts';
import { filter, switchMap } from 'rxjs';
import { ScheduleInterviewDialog, type ScheduleInterviewData } from '../shared/schedule-interview-dialog';
import { StaffFromHire } from '../shared/staff-from-hire';
import { askStageMove } from '../shared/stage-move';
import { AddCandidateDialog } from './add-candidate-dialog';
import { PipelineCard } from './pipeline-card';

/**
 * The pipeline board of one opening: a column per stage. Cards are dragged between columns (or moved
 * with their menu); rejecting asks for a reason, final stages ask first and never move again.
 */
@Component({
  selector: 'rp-pipeline-page',
  imports: [DragDropModule, MatButtonModule, MatIconModule, RouterLink, PageState, PipelineCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PipelineStore, HiringPeopleStore],
  styleUrls: ['../hiring-page.scss', './pipeline.page.scss'],
  templateUrl: './pipeline.page.html',
})
export class PipelinePage {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);
  private readonly people = inject(HiringPeopleStore);
  private readonly staffFromHire = inject(StaffFromHire);

  /** From the route (`/hiring/openings/:openingId`). */
  readonly openingId = input.required<string>();

  protected readonly store = inject(PipelineStore);
  protected readonly stageLabels = STAGE_LABELS;
  protected readonly statusLabels = OPENING_STATUS_LABELS;
  protected readonly isFinal = isFinalStage;
  /** On a touch screen a swipe scrolls the board; a long press picks a card up. */
  protected readonly dragDelay = { touch: 300, mouse: 0 };

  constructor() {
    effect(() => {
      const id = this.openingId();
      untracked(() => this.store.load(id));
    });
    this.people.load();
  }

  protected load(): void {
    this.store.load(this.openingId());
  }

  /** A card dropped on another column asks to move there; the pipeline rules decide what that takes. */
  protected dropped(event: CdkDragDrop<ApplicationStage, ApplicationStage, Application>): void {
    if (event.previousContainer === event.container) return;
    this.move(event.item.data, event.container.data);
  }

  protected move(application: Application, to: ApplicationStage): void {
    askStageMove(this.dialog, { candidateName: application.candidateName, from: application.stage, to }, (m) => this.notify(m))
      .pipe(
        filter((consent) => consent !== null),
        switchMap((consent) => this.store.move(application.id, consent.stage, consent.reason)),
      )
      .subscribe({
        next: (saved) => {
          const message = `${saved.candidateName} moved to ${STAGE_LABELS[saved.stage]}`;
          // A hire is the moment to make the staff record: the snackbar offers it (issue 5).
          if (saved.stage === 'hired') this.staffFromHire.offerAfterHire(saved, message).subscribe();
          else this.notify(message);
        },
        error: (error: unknown) => this.problems.handle(error),
      });
  }

  protected addCandidate(): void {
    this.dialog
      .open<AddCandidateDialog, undefined, Application>(AddCandidateDialog, { injector: this.injector, width: '560px' })
      .afterClosed()
      .pipe(filter((app): app is Application => !!app))
      .subscribe((app) => this.notify(`${app.candidateName} added to Applied`));
  }

  protected schedule(application: Application): void {
    this.dialog
      .open<ScheduleInterviewDialog, ScheduleInterviewData, Interview>(ScheduleInterviewDialog, {
        data: { applicationId: application.id, candidateName: application.candidateName },
        injector: this.injector,
        width: '560px',
      })
      .afterClosed()
      .pipe(
        filter((interview): interview is Interview => !!interview),
        switchMap((interview) => this.store.interviewScheduled(interview)),
      )
      .subscribe({
        next: (app) => this.notify(`Interview scheduled with ${app.candidateName}`),
        error: (error: unknown) => this.problems.handle(error),
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
  }
}
