import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MessagesStore } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import type { Message } from '@rapport/shared/contracts';
import { bodyParts } from './message-body';

const KIND_LABELS: Record<Message['kind'], string> = { invitation: 'Invitation', password_reset: 'Password reset' };
const STATUS_LABELS: Record<Message['status'], string> = { queued: 'Queued', sent: 'Sent', failed: 'Failed', kept: 'Kept (not sent)' };

/**
 * Outgoing email of the practice. Without an email server the messages are kept here, and a person
 * can open an invitation or reset link from them; with one, this shows what was sent and what failed.
 */
@Component({
  selector: 'rp-messages-page',
  imports: [DatePipe, MatButtonModule, MatExpansionModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MessagesStore],
  styleUrls: ['../settings-page.scss'],
  styles: `
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .body {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  template: `
    <div class="toolbar">
      <p class="intro">
        Email sent on behalf of your practice, newest first. Without an email server, messages are kept here instead
        of sent: open one to follow its link.
      </p>
      <button mat-stroked-button type="button" (click)="store.load()">Refresh</button>
    </div>
    <rp-page-state
      [status]="store.status()"
      [empty]="store.isEmpty()"
      emptyIcon="mail"
      emptyMessage="No messages yet. Inviting a user writes one."
      [errorMessage]="store.errorMessage()"
      (retry)="store.load()"
    >
      <mat-accordion multi>
        @for (message of store.items(); track message.id) {
          <mat-expansion-panel>
            <mat-expansion-panel-header>
              <mat-panel-title>{{ message.subject }}</mat-panel-title>
              <mat-panel-description>
                {{ kindLabel[message.kind] }} to {{ message.to }} · {{ statusLabel[message.status] }}
              </mat-panel-description>
            </mat-expansion-panel-header>
            <p class="meta">
              Written {{ message.createdAt | date: 'yyyy-MM-dd HH:mm' }}
              @if (message.sentAt) {
                · sent {{ message.sentAt | date: 'yyyy-MM-dd HH:mm' }}
              }
            </p>
            @if (message.error) {
              <p class="error">Delivery error: {{ message.error }}</p>
            }
            @if (message.text; as text) {
              <div class="body" [attr.aria-label]="'Message to ' + message.to">
                @for (part of parts(text); track $index) {
                  @if ('href' in part) {
                    <a [href]="part.href">{{ part.href }}</a>
                  } @else {
                    {{ part.text }}
                  }
                }
              </div>
            } @else {
              <p class="meta">Only its recipient can read this message.</p>
            }
          </mat-expansion-panel>
        }
      </mat-accordion>
    </rp-page-state>
  `,
})
export class MessagesPage {
  protected readonly store = inject(MessagesStore);
  protected readonly kindLabel = KIND_LABELS;
  protected readonly statusLabel = STATUS_LABELS;
  protected readonly parts = bodyParts;

  constructor() {
    this.store.load();
  }
}
