import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  CompetenciesApi,
  CultureScoresApi,
  LatestLoadable,
  LocationsStore,
  OBSERVER_ROLES,
  STAFF_CREATOR_ROLES,
  StaffApi,
  StaffStore,
} from '@rapport/admin/data-access';
import { PageState, CultureScoreChip, openStaffForm, Sparkline } from '@rapport/admin/ui';
import type { Competency, CultureScoresResponse, StaffMember } from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { openRecordObservation } from '../observations/open-record-observation';
import { buildStaffRows, filterStaffRows, type ScoreFilter, sortStaffRows, type StaffSortKey } from './staff-rows';

/** The team directory with culture scores and trends (scores only where the caller may see them). */
@Component({
  selector: 'rp-staff-list-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    PageState,
    CultureScoreChip,
    Sparkline,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [StaffStore, LocationsStore],
  styleUrls: ['../shared/culture-page.scss', './staff-list.page.scss'],
  templateUrl: './staff-list.page.html',
})
export class StaffListPage {
  /** Set by the `/staff/recognize` route: opens "Recognize / coach" at once (the home quick action). */
  readonly recognize = input(false);

  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly scoresApi = inject(CultureScoresApi);
  private readonly competenciesApi = inject(CompetenciesApi);
  private readonly staffApi = inject(StaffApi);

  protected readonly store = inject(StaffStore);
  protected readonly locations = inject(LocationsStore);
  protected readonly scores = new LatestLoadable<CultureScoresResponse>();
  protected readonly competencies = new LatestLoadable<Competency[]>();

  protected readonly search = signal('');
  protected readonly locationId = signal('');
  protected readonly scoreFilter = signal<ScoreFilter>('all');
  protected readonly sort = signal<{ key: StaffSortKey; direction: 'asc' | 'desc' | '' }>({ key: 'name', direction: 'asc' });

  protected readonly canRecord = computed(() => this.auth.hasAnyRole(OBSERVER_ROLES));
  protected readonly canAdd = computed(() => this.auth.hasAnyRole(STAFF_CREATOR_ROLES));
  protected readonly myUserId = computed(() => this.auth.user()?.id ?? null);
  protected readonly columns = computed(() => [
    'name',
    'location',
    'score',
    'trend',
    ...(this.canRecord() ? ['actions'] : []),
  ]);
  private readonly allRows = computed(() =>
    buildStaffRows(this.store.items(), this.locations.items(), this.scores.value()),
  );
  protected readonly rows = computed(() => {
    const filtered = filterStaffRows(this.allRows(), {
      search: this.search(),
      locationId: this.locationId(),
      score: this.scoreFilter(),
    });
    return sortStaffRows(filtered, this.sort().key, this.sort().direction);
  });
  protected readonly filtering = computed(() => !!this.search().trim() || !!this.locationId() || this.scoreFilter() !== 'all');
  private readonly readyToRecord = computed(
    () => this.store.status() === 'ready' && this.competencies.status() === 'ready',
  );

  constructor() {
    this.store.load();
    this.locations.load();
    this.scores.load(this.scoresApi.scores({ level: 'staff', period: 'month' }));
    this.competencies.load(
      this.competenciesApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.position - b.position))),
    );
    let quickActionDone = false;
    effect(() => {
      if (quickActionDone || !this.recognize() || !this.readyToRecord()) return;
      quickActionDone = true;
      untracked(() => this.record(undefined, true));
    });
  }

  protected onSort(sort: Sort): void {
    this.sort.set({ key: sort.active as StaffSortKey, direction: sort.direction });
  }

  protected clearFilters(): void {
    this.search.set('');
    this.locationId.set('');
    this.scoreFilter.set('all');
  }

  protected record(member?: StaffMember, fromQuickAction = false): void {
    const me = this.myUserId();
    openRecordObservation(this.dialog, this.injector, {
      staff: this.store.items().filter((s) => s.userId !== me),
      competencies: this.competencies.value() ?? [],
      staffMemberId: member?.id,
    }).subscribe((saved) => {
      if (saved) {
        this.snackBar.open(saved.kind === 'recognition' ? 'Recognition saved' : 'Coaching note saved', 'View', { duration: 5000 })
          .onAction()
          .subscribe(() => void this.router.navigate(['/staff', saved.staffMemberId]));
      }
      // The quick action's URL has done its job: back to the plain list, so a reload does not reopen it.
      if (fromQuickAction) void this.router.navigate(['/staff'], { replaceUrl: true });
    });
  }

  protected addStaff(): void {
    openStaffForm(this.dialog, {
      title: 'Add staff member',
      submitLabel: 'Add staff member',
      locations: this.locations.items(),
      staff: this.store.items(),
      save: (value) => this.staffApi.create(value),
    }).subscribe((saved) => {
      if (!saved) return;
      // The directory is sorted and filtered here: read it again rather than guess where the person goes.
      this.store.load();
      this.snackBar
        .open(`${saved.name} added to the staff`, 'View profile', { duration: 8000 })
        .onAction()
        .subscribe(() => void this.router.navigate(['/staff', saved.id]));
    });
  }
}
