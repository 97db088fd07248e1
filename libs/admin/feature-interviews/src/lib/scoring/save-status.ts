import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { SaveState, ScorecardMode } from '@rapport/admin/data-access';

/**
 * Where the draft stands, said politely to screen readers as it changes: Saving… / Saved / not saved
 * (with a retry). Interviewers type while the candidate talks, so this must be glanceable.
 */
@Component({
  selector: 'rp-save-status',
  imports: [DatePipe, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 40px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-icon {
      font-size: 20px;
      width: 20px;
      height: 20px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  template: `
    <span role="status" aria-live="polite" class="text" [class.error]="state() === 'error'">
      @switch (mode() === 'edit' ? state() : mode()) {
        @case ('saving') {
          <mat-icon aria-hidden="true">sync</mat-icon> Saving…
        }
        @case ('saved') {
          <mat-icon aria-hidden="true">cloud_done</mat-icon> Saved
        }
        @case ('unsaved') {
          <mat-icon aria-hidden="true">edit</mat-icon> Unsaved changes
        }
        @case ('error') {
          <mat-icon aria-hidden="true">cloud_off</mat-icon> Not saved: {{ error() }}
        }
        @case ('locked') {
          <mat-icon aria-hidden="true">lock</mat-icon> Submitted
          @if (submittedAt()) {
            {{ submittedAt() | date: 'd MMM, h:mm a' }}
          }
        }
        @case ('amend') {
          <mat-icon aria-hidden="true">edit_note</mat-icon> Amending: not saved until you save the amendment
        }
        @default {
          <mat-icon aria-hidden="true">draft</mat-icon> Draft: changes save as you go
        }
      }
    </span>
    @if (mode() === 'edit' && state() === 'error') {
      <button mat-stroked-button type="button" (click)="retry.emit()">Retry</button>
    }
  `,
})
export class SaveStatus {
  readonly state = input.required<SaveState>();
  readonly mode = input.required<ScorecardMode>();
  readonly error = input('');
  readonly submittedAt = input<string | null>(null);
  readonly retry = output();
}
