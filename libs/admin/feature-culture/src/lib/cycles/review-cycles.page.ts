import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { AuthStore, CULTURE_ADMIN_ROLES, LocationsStore, ReviewCyclesStore } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import type { ReviewCycle } from '@rapport/shared/contracts';
import { filter } from 'rxjs';
import { formatDay } from '../shared/labels';
import { type CreateCycleData, CreateCycleDialog } from './create-cycle.dialog';

/** Review cycles: setup (HR, owner, admin) and progress (also leaders). */
@Component({
  selector: 'rp-review-cycles-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, RouterLink, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ReviewCyclesStore, LocationsStore],
  styleUrl: '../shared/culture-page.scss',
  styles: `
    .progress {
      display: flex;
      align-items: center;
      gap: 12px;
      min-width: 200px;
    }
    .progress mat-progress-bar {
      flex: 1;
    }
    .count {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }
    a.name {
      font-weight: 500;
      color: var(--mat-sys-primary);
    }
  `,
  template: `
    <div class="page-header">
      <p class="intro">360 reviews: everyone rates the care standard for themselves, their reports, their peers and their leaders.</p>
      @if (canManage()) {
        <button mat-flat-button type="button" (click)="create()" [disabled]="locations.status() !== 'ready'">
          <mat-icon aria-hidden="true">add</mat-icon>
          New review cycle
        </button>
      }
    </div>
    <rp-page-state
      [status]="store.status()"
      [empty]="store.isEmpty()"
      emptyIcon="rate_review"
      emptyMessage="No review cycles yet. Start one for the quarter."
      [errorMessage]="store.errorMessage()"
      (retry)="store.load()"
    >
      <div class="table-wrap">
        <table mat-table [dataSource]="store.items()" aria-label="Review cycles">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Cycle</th>
            <td mat-cell *matCellDef="let cycle"><a class="name" [routerLink]="[cycle.id]">{{ cycle.name }}</a></td>
          </ng-container>
          <ng-container matColumnDef="period">
            <th mat-header-cell *matHeaderCellDef scope="col">Period</th>
            <td mat-cell *matCellDef="let cycle">{{ day(cycle.periodStart) }} – {{ day(cycle.periodEnd) }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
            <td mat-cell *matCellDef="let cycle">
              <span class="status" [class]="'status status-' + cycle.status">{{ cycle.status === 'open' ? 'Open' : 'Closed' }}</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="progress">
            <th mat-header-cell *matHeaderCellDef scope="col">Completed</th>
            <td mat-cell *matCellDef="let cycle">
              <div class="progress">
                <mat-progress-bar mode="determinate" [value]="percent(cycle)" [attr.aria-label]="'Completion of ' + cycle.name" />
                <span class="count">{{ cycle.progress.submitted }} of {{ cycle.progress.total }}</span>
              </div>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    </rp-page-state>
  `,
})
export class ReviewCyclesPage {
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  protected readonly store = inject(ReviewCyclesStore);
  protected readonly locations = inject(LocationsStore);
  protected readonly canManage = computed(() => this.auth.hasAnyRole(CULTURE_ADMIN_ROLES));
  protected readonly columns = ['name', 'period', 'status', 'progress'];
  protected readonly day = formatDay;

  constructor() {
    this.store.load();
    this.locations.load();
  }

  protected percent(cycle: ReviewCycle): number {
    return cycle.progress.total ? Math.round((100 * cycle.progress.submitted) / cycle.progress.total) : 0;
  }

  protected create(): void {
    this.dialog
      .open<CreateCycleDialog, CreateCycleData, ReviewCycle>(CreateCycleDialog, {
        data: { locations: this.locations.items() },
        injector: this.injector,
        width: '600px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((cycle): cycle is ReviewCycle => !!cycle))
      .subscribe((cycle) => void this.router.navigate(['/culture/cycles', cycle.id]));
  }
}
