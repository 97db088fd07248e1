import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { DownloadTracker } from '@rapport/admin/data-access';

/**
 * A download's progress under its button: a determinate bar when the file's size is known, an
 * indeterminate one while it streams, then the saved file's name or the API's reason for refusing.
 */
@Component({
  selector: 'rp-download-progress',
  imports: [MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .line {
      display: flex;
      align-items: flex-start;
      gap: 6px;
      margin: 8px 0 0;
      font: var(--mat-sys-body-medium);
    }
    .line mat-icon {
      flex: none;
      width: 20px;
      height: 20px;
      font-size: 20px;
    }
    .done {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    mat-progress-bar {
      margin-top: 8px;
    }
  `,
  template: `
    <div role="status" aria-live="polite">
      @switch (tracker().status()) {
        @case ('downloading') {
          @if (tracker().percent() !== null) {
            <mat-progress-bar mode="determinate" [value]="tracker().percent() ?? 0" [attr.aria-label]="label() + ' progress'" />
          } @else {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="label() + ' progress'" />
          }
          <p class="line">{{ tracker().progressLabel() }}</p>
        }
        @case ('done') {
          <p class="line done">
            <mat-icon aria-hidden="true">download_done</mat-icon>
            <span>Saved {{ tracker().fileName() }}</span>
          </p>
        }
      }
    </div>
    @if (tracker().status() === 'error') {
      <p class="line error" role="alert">
        <mat-icon aria-hidden="true">error_outline</mat-icon>
        <span>Download failed: {{ tracker().errorMessage() }}</span>
      </p>
    }
  `,
})
export class DownloadProgress {
  readonly tracker = input.required<DownloadTracker>();
  /** What is downloading, for the progress bar's accessible name. */
  readonly label = input('Download');
}
