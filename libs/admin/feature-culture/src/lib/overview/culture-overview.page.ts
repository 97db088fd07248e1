import { ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  CompetenciesApi,
  CultureScoresApi,
  LatestLoadable,
  OBSERVER_ROLES,
  ObservationsApi,
  StaffApi,
} from '@rapport/admin/data-access';
import { Chart, PageState, CultureScoreChip } from '@rapport/admin/ui';
import type {
  Competency,
  CultureHeatmap,
  CultureScorePoint,
  CultureScoresResponse,
  HeatmapGrouping,
  Observation,
  Page,
  StaffMember,
} from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { ObservationList } from '../observations/observation-list';
import { openRecordObservation } from '../observations/open-record-observation';
import { formatPeriod } from '../shared/labels';
import { cellLabel, heatmapOptions, trendOptions, trendWords } from './overview-charts';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The practice at a glance: score trend per location, competency × location heatmap, recent recognitions. */
@Component({
  selector: 'rp-culture-overview-page',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, RouterLink, Chart, PageState, CultureScoreChip, ObservationList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/culture-page.scss', './culture-overview.page.scss'],
  templateUrl: './culture-overview.page.html',
})
export class CultureOverviewPage {
  private readonly scoresApi = inject(CultureScoresApi);
  private readonly observationsApi = inject(ObservationsApi);
  private readonly staffApi = inject(StaffApi);
  private readonly competenciesApi = inject(CompetenciesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly scores = new LatestLoadable<CultureScoresResponse>();
  protected readonly heatmap = new LatestLoadable<CultureHeatmap>();
  protected readonly recognitions = new LatestLoadable<Page<Observation>>();
  protected readonly staff = new LatestLoadable<StaffMember[]>();
  protected readonly competencies = new LatestLoadable<Competency[]>();
  protected readonly heatmapBy = signal<HeatmapGrouping>('location');

  protected readonly canRecord = computed(() => this.auth.hasAnyRole(OBSERVER_ROLES));
  protected readonly period = formatPeriod;
  protected readonly trendWords = trendWords;
  protected readonly cellLabel = cellLabel;

  protected readonly trendChart = computed(() => {
    const scores = this.scores.value();
    return scores ? trendOptions(scores) : null;
  });
  protected readonly heatmapChart = computed(() => {
    const heatmap = this.heatmap.value();
    return heatmap ? heatmapOptions(heatmap) : null;
  });
  /** Each location's latest scored month, for the summary cards. */
  protected readonly locations = computed(() =>
    [...(this.scores.value()?.items ?? [])].sort(byName).map((item) => {
      const scored = item.points.filter((p) => p.score !== null);
      const latest: CultureScorePoint | null = scored.at(-1) ?? null;
      return { id: item.subjectId, name: item.name, latest, slope: item.slope };
    }),
  );
  protected readonly heatmapRows = computed(() => {
    const heatmap = this.heatmap.value();
    if (!heatmap) return [];
    const cells = new Map(heatmap.cells.map((c) => [`${c.competencyId}|${c.groupKey}`, c]));
    return heatmap.competencies.map((competency) => ({
      competency,
      cells: heatmap.groups.map((group) => cells.get(`${competency.id}|${group.key}`) ?? null),
    }));
  });
  protected readonly staffNames = computed(() => Object.fromEntries((this.staff.value() ?? []).map((s) => [s.id, s.name])));
  protected readonly competencyNames = computed(() =>
    Object.fromEntries((this.competencies.value() ?? []).map((c) => [c.id, c.name])),
  );

  constructor() {
    this.loadScores();
    this.loadHeatmap();
    this.loadRecognitions();
    this.staff.load(this.staffApi.list().pipe(map((page) => [...page.items].sort(byName))));
    this.competencies.load(
      this.competenciesApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.position - b.position))),
    );
  }

  protected loadScores(): void {
    this.scores.load(this.scoresApi.scores({ level: 'location', period: 'month' }));
  }

  protected loadHeatmap(): void {
    this.heatmap.load(this.scoresApi.heatmap({ by: this.heatmapBy() }));
  }

  protected loadRecognitions(): void {
    this.recognitions.load(this.observationsApi.list({ kind: 'recognition', limit: 8 }));
  }

  protected groupBy(by: HeatmapGrouping): void {
    this.heatmapBy.set(by);
    this.loadHeatmap();
  }

  protected record(): void {
    const me = this.auth.user()?.id;
    openRecordObservation(this.dialog, this.injector, {
      staff: (this.staff.value() ?? []).filter((s) => s.userId !== me),
      competencies: this.competencies.value() ?? [],
    }).subscribe((saved) => {
      if (!saved) return;
      this.snackBar.open(saved.kind === 'recognition' ? 'Recognition saved' : 'Coaching note saved', undefined, {
        duration: 4000,
      });
      if (saved.kind === 'recognition') this.loadRecognitions();
    });
  }
}
