import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { type CorrelationRow, formatCi, formatRho, readingClass } from './quality-format';

/** One quality-of-hire table: n, ρ, its 95 % interval and the plain-language reading per row. */
@Component({
  selector: 'rp-correlation-table',
  imports: [MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../hiring-page.scss', './quality-of-hire.page.scss'],
  template: `
    <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="label() + ', scrollable'">
      <table mat-table [dataSource]="rows()" [attr.aria-label]="label()">
        <ng-container matColumnDef="label">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ subject() }}</th>
          <td mat-cell *matCellDef="let row">
            <span class="row-label">{{ row.label }}</span>
            @if (row.detail) {
              {{ ' ' }}<span class="row-detail">{{ row.detail }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="n">
          <th mat-header-cell *matHeaderCellDef scope="col"><abbr title="Hires with both an interview rating and later culture scores">n</abbr></th>
          <td mat-cell *matCellDef="let row">{{ row.n }}</td>
        </ng-container>
        <ng-container matColumnDef="rho">
          <th mat-header-cell *matHeaderCellDef scope="col"><abbr title="Spearman's rank correlation">ρ</abbr></th>
          <td mat-cell *matCellDef="let row" class="number">{{ rho(row.rho) }}</td>
        </ng-container>
        <ng-container matColumnDef="ci">
          <th mat-header-cell *matHeaderCellDef scope="col">95 % CI</th>
          <td mat-cell *matCellDef="let row" class="number">{{ ci(row.ci95) }}</td>
        </ng-container>
        <ng-container matColumnDef="reading">
          <th mat-header-cell *matHeaderCellDef scope="col">Reading</th>
          <td mat-cell *matCellDef="let row"><span [class]="chip(row.reading)" data-testid="reading">{{ row.readingText }}</span></td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [class.not-enough]="row.reading === 'not_enough_data'"></tr>
      </table>
    </div>
  `,
})
export class CorrelationTable {
  readonly rows = input.required<CorrelationRow[]>();
  /** The table's accessible name. */
  readonly label = input.required<string>();
  /** The first column's header: "Competency", "Question", "Interviewer". */
  readonly subject = input.required<string>();

  protected readonly columns = ['label', 'n', 'rho', 'ci', 'reading'];
  protected readonly rho = formatRho;
  protected readonly ci = formatCi;
  protected readonly chip = readingClass;
}
