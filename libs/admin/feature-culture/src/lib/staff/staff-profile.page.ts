import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  CompetenciesApi,
  CULTURE_ADMIN_ROLES,
  CultureScoresApi,
  LatestLoadable,
  LocationsStore,
  OBSERVER_ROLES,
  ObservationsApi,
  StaffApi,
} from '@rapport/admin/data-access';
import { Chart, PageState, CultureScoreChip, openStaffForm } from '@rapport/admin/ui';
import type {
  Competency,
  CultureComponentName,
  CultureScoresResponse,
  Observation,
  ObservationKind,
  Page,
  StaffMember,
} from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { ObservationList } from '../observations/observation-list';
import { openRecordObservation } from '../observations/open-record-observation';
import { formatDay, formatPeriod } from '../shared/labels';
import { scoreTrendOptions } from './profile-charts';
import { ReviewResultsSection } from './review-results-section';
import { ServiceMetricsSection } from './service-metrics-section';
import { maySeePrivate } from './visibility';

export const COMPONENT_LABELS: Record<CultureComponentName, string> = {
  ratings360: 'Reviews by others',
  observations: 'Observations',
  serviceMetrics: 'Service metrics',
};

const DROP_REASONS = { no_data: 'no data', below_min_raters: 'too few raters', zero_weight: 'not weighted' } as const;

/** One person: directory details for everyone; scores, results, metrics and coaching only where allowed. */
@Component({
  selector: 'rp-staff-profile-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    RouterLink,
    Chart,
    PageState,
    CultureScoreChip,
    ObservationList,
    ReviewResultsSection,
    ServiceMetricsSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [LocationsStore],
  styleUrls: ['../shared/culture-page.scss', './staff-profile.page.scss'],
  templateUrl: './staff-profile.page.html',
})
export class StaffProfilePage {
  /** The staff member's id (route parameter). */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthStore);
  private readonly staffApi = inject(StaffApi);
  private readonly observationsApi = inject(ObservationsApi);
  private readonly scoresApi = inject(CultureScoresApi);
  private readonly competenciesApi = inject(CompetenciesApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly locations = inject(LocationsStore);
  protected readonly member = new LatestLoadable<StaffMember>();
  protected readonly directory = new LatestLoadable<StaffMember[]>();
  protected readonly competencies = new LatestLoadable<Competency[]>();
  protected readonly scores = new LatestLoadable<CultureScoresResponse>();
  protected readonly observations = new LatestLoadable<Page<Observation>>();
  protected readonly kind = signal<'all' | ObservationKind>('all');

  protected readonly day = formatDay;
  protected readonly period = formatPeriod;
  protected readonly componentLabels = COMPONENT_LABELS;
  protected readonly dropReasons = DROP_REASONS;

  protected readonly canSeePrivate = computed(() => {
    const directory = this.directory.value();
    return !!directory && maySeePrivate({ userId: this.auth.user()?.id ?? null, roles: this.auth.roles() }, directory, this.id());
  });
  protected readonly isMe = computed(() => !!this.member.value()?.userId && this.member.value()?.userId === this.auth.user()?.id);
  protected readonly canRecord = computed(() => this.auth.hasAnyRole(OBSERVER_ROLES) && !this.isMe());
  /** Who runs the culture programme edits staff records (the API's `PATCH /staff/:id` roles). */
  protected readonly canEdit = computed(() => this.auth.hasAnyRole(CULTURE_ADMIN_ROLES));
  protected readonly manager = computed(() => {
    const managerId = this.member.value()?.managerId;
    return managerId ? (this.directory.value()?.find((s) => s.id === managerId) ?? null) : null;
  });
  protected readonly locationName = computed(
    () => this.locations.items().find((l) => l.id === this.member.value()?.locationId)?.name ?? '',
  );
  protected readonly series = computed(() => this.scores.value()?.items.find((i) => i.subjectId === this.id()) ?? null);
  protected readonly latest = computed(() => {
    const scored = this.series()?.points.filter((p) => p.score !== null) ?? [];
    return scored[scored.length - 1] ?? null;
  });
  protected readonly trendChart = computed(() => {
    const series = this.series();
    const scores = this.scores.value();
    return series && scores ? scoreTrendOptions(series, scores.periods) : null;
  });
  protected readonly competencyNames = computed(() =>
    Object.fromEntries((this.competencies.value() ?? []).map((c) => [c.id, c.name])),
  );
  protected readonly hasCoaching = computed(() => (this.observations.value()?.items ?? []).some((o) => o.kind === 'coaching'));
  protected readonly shownObservations = computed(() => {
    const kind = this.kind();
    const items = this.observations.value()?.items ?? [];
    return kind === 'all' ? items : items.filter((o) => o.kind === kind);
  });

  constructor() {
    this.locations.load();
    this.directory.load(this.staffApi.list().pipe(map((page) => page.items)));
    this.competencies.load(this.competenciesApi.list().pipe(map((page) => page.items)));
    // The component stays when one profile links to another (the manager): reload for the new id.
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.kind.set('all');
        this.member.load(this.staffApi.get(id));
        this.loadObservations();
      });
    });
    effect(() => {
      if (this.canSeePrivate()) untracked(() => this.loadScores());
    });
  }

  protected loadMember(): void {
    this.member.load(this.staffApi.get(this.id()));
  }

  protected loadObservations(): void {
    this.observations.load(this.observationsApi.list({ staffMemberId: this.id(), limit: 100 }));
  }

  protected loadScores(): void {
    this.scores.load(this.scoresApi.scores({ level: 'staff', period: 'month', staffMemberId: this.id() }));
  }

  protected record(): void {
    const me = this.auth.user()?.id;
    openRecordObservation(this.dialog, this.injector, {
      staff: (this.directory.value() ?? []).filter((s) => s.userId !== me),
      competencies: this.competencies.value() ?? [],
      staffMemberId: this.id(),
    }).subscribe((saved) => {
      if (!saved) return;
      this.snackBar.open(saved.kind === 'recognition' ? 'Recognition saved' : 'Coaching note saved', undefined, { duration: 4000 });
      if (saved.staffMemberId === this.id()) {
        this.observations.update((page) => ({ items: [saved, ...page.items], total: page.total + 1 }));
      }
    });
  }

  protected edit(): void {
    const member = this.member.value();
    if (!member) return;
    openStaffForm(this.dialog, {
      title: `Edit ${member.name}`,
      submitLabel: 'Save',
      initial: {
        name: member.name,
        email: member.email,
        roleTitle: member.roleTitle,
        locationId: member.locationId,
        managerId: member.managerId,
        hiredAt: member.hiredAt,
      },
      locations: this.locations.items(),
      staff: this.directory.value() ?? [],
      editingId: member.id,
      // The version read: an edit made meanwhile by someone else is refused (409), not overwritten.
      save: (value) => this.staffApi.update(member.id, { ...value, version: member.version }),
    }).subscribe((saved) => {
      if (!saved) return;
      this.member.set(saved);
      this.directory.update((people) => people.map((p) => (p.id === saved.id ? saved : p)));
      this.snackBar.open(`${saved.name} saved`, undefined, { duration: 4000 });
    });
  }
}
