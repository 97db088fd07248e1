import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { isFinalStage, type ScoreSummary, stageTargets } from '@rapport/admin/data-access';
import { RecommendationChip, ScoreChip, STAGE_LABELS } from '@rapport/admin/ui';
import type { Application, ApplicationStage } from '@rapport/shared/contracts';

/**
 * One application on the board: who, how long in this stage, and how the interviews went. Its menu
 * is the keyboard (and screen reader) way to do what dragging does.
 */
@Component({
  selector: 'rp-pipeline-card',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, RouterLink, ScoreChip, RecommendationChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './pipeline-card.scss',
  template: `
    <div class="top">
      <a class="name" [routerLink]="['/hiring/applications', application().id]">{{ application().candidateName }}</a>
      <button
        mat-icon-button
        type="button"
        class="menu-button"
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="'Actions for ' + application().candidateName"
      >
        <mat-icon aria-hidden="true">more_vert</mat-icon>
      </button>
    </div>
    <p class="days">{{ daysText() }}</p>
    <div class="score">
      @let s = summary();
      @if (!s || s.interviews === 0) {
        <span class="muted">No interview yet</span>
      } @else if (s.hidden) {
        <span class="muted"><mat-icon aria-hidden="true">visibility_off</mat-icon> Scores hidden until you submit yours</span>
      } @else {
        <span class="muted">{{ s.submitted }}/{{ s.expected }} scorecards</span>
        @if (s.overallScore !== null) {
          <rp-score-chip [score]="s.overallScore" label="Overall score" />
          <rp-recommendation-chip [recommendation]="s.recommendation" />
        }
        @if (s.disagreement) {
          <span class="disagree"><mat-icon aria-hidden="true">call_split</mat-icon> Panel disagrees</span>
        }
      }
    </div>
    <mat-menu #menu="matMenu">
      <a mat-menu-item [routerLink]="['/hiring/applications', application().id]">
        <mat-icon aria-hidden="true">person</mat-icon>
        <span>Open candidate</span>
      </a>
      @if (summary()?.submitted) {
        <a mat-menu-item [routerLink]="['/hiring/applications', application().id, 'debrief']">
          <mat-icon aria-hidden="true">insights</mat-icon>
          <span>Debrief</span>
        </a>
      }
      @if (!final()) {
        <button mat-menu-item type="button" (click)="schedule.emit()">
          <mat-icon aria-hidden="true">event</mat-icon>
          <span>Schedule interview</span>
        </button>
        <button mat-menu-item type="button" [matMenuTriggerFor]="moveMenu">
          <mat-icon aria-hidden="true">swap_horiz</mat-icon>
          <span>Move to…</span>
        </button>
      }
    </mat-menu>
    <mat-menu #moveMenu="matMenu">
      @for (stage of targets(); track stage) {
        <button mat-menu-item type="button" (click)="moveTo.emit(stage)">{{ stageLabels[stage] }}</button>
      }
    </mat-menu>
  `,
})
export class PipelineCard {
  readonly application = input.required<Application>();
  readonly summary = input<ScoreSummary | undefined>(undefined);
  readonly moveTo = output<ApplicationStage>();
  readonly schedule = output();

  protected readonly stageLabels = STAGE_LABELS;
  protected readonly final = computed(() => isFinalStage(this.application().stage));
  protected readonly targets = computed(() => stageTargets(this.application().stage));
  protected readonly daysText = computed(() => {
    const days = this.application().daysInStage;
    if (this.final()) return `${STAGE_LABELS[this.application().stage]} ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}`;
    return days === 0 ? 'In this stage since today' : `${days} day${days === 1 ? '' : 's'} in this stage`;
  });
}
