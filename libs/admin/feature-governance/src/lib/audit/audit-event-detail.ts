import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { AuditEvent } from '@rapport/shared/contracts';
import { auditChanges, entityLabel } from './audit-changes';

/** An audit event opened in the table: its before/after side by side, request id and chain hash. */
@Component({
  selector: 'rp-audit-event-detail',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      padding: 8px 0 16px;
    }
    .changes {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-small);
    }
    .changes th,
    .changes td {
      padding: 4px 8px;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .changes th {
      color: var(--mat-sys-on-surface-variant);
      font-weight: 500;
    }
    tr.changed td {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .field {
      font-family: ui-monospace, monospace;
      white-space: nowrap;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 16px;
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    code {
      overflow-wrap: anywhere;
    }
    .redacted {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 0;
    }
  `,
  template: `
    @if (event().redacted) {
      <p class="redacted">
        <mat-icon aria-hidden="true">visibility_off</mat-icon>
        Personal data removed by an erasure. The event keeps its place and hash in the chain.
      </p>
    } @else if (changes().length === 0) {
      <p class="muted">This event recorded no field values.</p>
    } @else {
      <table class="changes" [attr.aria-label]="'Fields of event #' + event().seq">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col"><span class="cdk-visually-hidden">Changed</span></th>
          </tr>
        </thead>
        <tbody>
          @for (change of changes(); track change.field) {
            <tr [class.changed]="change.changed">
              <td class="field">{{ change.field }}</td>
              <td>{{ change.before }}</td>
              <td>{{ change.after }}</td>
              <td>{{ change.changed ? 'Changed' : '' }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
    <div class="meta">
      <span>Request <code>{{ event().requestId ?? '—' }}</code></span>
      <span>Hash <code>{{ event().hash }}</code></span>
      <button mat-button type="button" (click)="showRecord.emit(event())">
        <mat-icon aria-hidden="true">history</mat-icon>
        All events of this {{ entity().toLowerCase() }}
      </button>
    </div>
  `,
})
export class AuditEventDetail {
  readonly event = input.required<AuditEvent>();
  /** Asks the page to filter on the event's record. */
  readonly showRecord = output<AuditEvent>();

  protected readonly changes = computed(() => auditChanges(this.event().before, this.event().after));
  protected readonly entity = computed(() => entityLabel(this.event().entityType));
}
