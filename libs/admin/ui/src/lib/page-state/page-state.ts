import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

export type PageStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The loading, error and empty states every page shows the same way; the projected content is the
 * page body and renders only when there is something to show.
 */
@Component({
  selector: 'rp-page-state',
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 48px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .state mat-icon {
      width: 40px;
      height: 40px;
      font-size: 40px;
    }
    .state p {
      margin: 0;
      max-width: 48ch;
    }
  `,
  template: `
    @switch (status()) {
      @case ('error') {
        <div class="state" role="alert">
          <mat-icon aria-hidden="true">error_outline</mat-icon>
          <p>{{ errorMessage() }}</p>
          <button mat-stroked-button type="button" (click)="retry.emit()">Try again</button>
        </div>
      }
      @case ('ready') {
        @if (empty()) {
          <div class="state">
            <mat-icon aria-hidden="true">{{ emptyIcon() }}</mat-icon>
            <p>{{ emptyMessage() }}</p>
            <ng-content select="[rpEmptyAction]" />
          </div>
        } @else {
          <ng-content />
        }
      }
      @default {
        <div class="state" role="status" aria-live="polite">
          <mat-progress-spinner mode="indeterminate" diameter="40" aria-label="Loading" />
          <p>Loading…</p>
        </div>
      }
    }
  `,
})
export class PageState {
  readonly status = input.required<PageStatus>();
  readonly empty = input(false);
  readonly emptyMessage = input('Nothing here yet.');
  readonly emptyIcon = input('inbox');
  readonly errorMessage = input('Something went wrong.');
  readonly retry = output();
}
