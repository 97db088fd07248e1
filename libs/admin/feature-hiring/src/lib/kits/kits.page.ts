import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { KitsStore } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';

/** The practice's interview kits: one per role, versioned once used. */
@Component({
  selector: 'rp-kits-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatTableModule, RouterLink, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [KitsStore],
  styleUrl: '../hiring-page.scss',
  template: `
    <div class="toolbar">
      <p class="intro">
        A kit is the structured interview for one role: the same questions, in the same order, each with what a 1, 3
        and 5 answer looks like. Once a kit has been used, editing it creates a new version.
      </p>
      <a mat-flat-button routerLink="/hiring/kits/new">
        <mat-icon aria-hidden="true">add</mat-icon>
        New kit
      </a>
    </div>

    <rp-page-state
      [status]="store.status()"
      [empty]="store.isEmpty()"
      emptyIcon="quiz"
      emptyMessage="No interview kits yet. Write the first one for a role you hire for."
      [errorMessage]="store.errorMessage()"
      (retry)="store.load()"
    >
      <div class="table-wrap">
        <table mat-table [dataSource]="store.items()" aria-label="Interview kits">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Kit</th>
            <td mat-cell *matCellDef="let kit">
              <a [routerLink]="['/hiring/kits', kit.id]">{{ kit.name }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="role">
            <th mat-header-cell *matHeaderCellDef scope="col">Role</th>
            <td mat-cell *matCellDef="let kit">{{ kit.roleTitle }}</td>
          </ng-container>
          <ng-container matColumnDef="questions">
            <th mat-header-cell *matHeaderCellDef scope="col">Questions</th>
            <td mat-cell *matCellDef="let kit">{{ kit.questions.length }}</td>
          </ng-container>
          <ng-container matColumnDef="version">
            <th mat-header-cell *matHeaderCellDef scope="col">Version</th>
            <td mat-cell *matCellDef="let kit">
              v{{ kit.version }}
              @if (kit.inUse) {
                <span class="chip chip-positive">In use</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="updated">
            <th mat-header-cell *matHeaderCellDef scope="col">Updated</th>
            <td mat-cell *matCellDef="let kit">{{ kit.updatedAt | date: 'd MMM y' }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    </rp-page-state>
  `,
})
export class KitsPage {
  protected readonly store = inject(KitsStore);
  protected readonly columns = ['name', 'role', 'questions', 'version', 'updated'];

  constructor() {
    this.store.load();
  }
}
