import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AuthStore, exportsFor, LatestLoadable, OpeningsApi, UsersApi } from '@rapport/admin/data-access';
import { EXPORT_REPORTS, type Opening } from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { type Person, ReportCard } from './report-card';
import { REPORT_DEFINITIONS } from './report-definitions';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** One card per export the signed-in user may download (the API's role lists, mirrored). */
@Component({
  selector: 'rp-reports-page',
  imports: [MatButtonModule, ReportCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../governance-page.scss', './reports.page.scss'],
  template: `
    <div class="toolbar">
      <p class="intro">
        Files for HR records, audits and owners. Exports hold people data: every download is recorded in the audit log,
        and nothing the app hides (anonymous ratings under the threshold, self-identification) appears in them.
      </p>
    </div>
    @if (openings.status() === 'error') {
      <div class="notice notice-bad" role="alert">
        <p>Could not load the openings: {{ openings.errorMessage() }}</p>
        <button mat-button type="button" (click)="loadOpenings()">Try again</button>
      </div>
    }
    @if (leaders.status() === 'error') {
      <div class="notice notice-bad" role="alert">
        <p>Could not load the leaders: {{ leaders.errorMessage() }}</p>
        <button mat-button type="button" (click)="loadLeaders()">Try again</button>
      </div>
    }
    <div class="cards">
      @for (definition of definitions(); track definition.report) {
        <rp-report-card [definition]="definition" [openings]="openings.value() ?? []" [leaders]="leaders.value() ?? []" />
      }
    </div>
  `,
})
export class ReportsPage {
  private readonly auth = inject(AuthStore);
  private readonly openingsApi = inject(OpeningsApi);
  private readonly usersApi = inject(UsersApi);

  protected readonly definitions = computed(() => exportsFor(this.auth.roles(), EXPORT_REPORTS).map((r) => REPORT_DEFINITIONS[r]));
  protected readonly openings = new LatestLoadable<Opening[]>();
  protected readonly leaders = new LatestLoadable<Person[]>();

  constructor() {
    const filters = new Set(this.definitions().flatMap((d) => d.filters));
    if (filters.has('opening') || filters.has('application')) this.loadOpenings();
    if (filters.has('leader')) this.loadLeaders();
  }

  protected loadOpenings(): void {
    this.openings.load(this.openingsApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.title.localeCompare(b.title)))));
  }

  /** Leaders are users with the leader role (the user list is for owner, admin and HR, who alone see this card). */
  protected loadLeaders(): void {
    this.leaders.load(
      this.usersApi.list().pipe(
        map((page) =>
          page.items
            .filter((u) => u.roles.includes('leader'))
            .map((u) => ({ id: u.id, name: u.name }))
            .sort(byName),
        ),
      ),
    );
  }
}
