import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';

let nextId = 0;

/** A read-only value (an invitation link) with a button that copies it and says so. */
@Component({
  selector: 'rp-copy-field',
  imports: [MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input matInput readonly [id]="inputId" [value]="value()" (focus)="selectAll($event)" />
      <button
        mat-icon-button
        matSuffix
        type="button"
        [attr.aria-label]="'Copy ' + label()"
        [matTooltip]="copied() ? 'Copied' : 'Copy'"
        (click)="copy()"
      >
        <mat-icon aria-hidden="true">{{ copied() ? 'check' : 'content_copy' }}</mat-icon>
      </button>
      <mat-hint aria-live="polite">{{ copied() ? 'Copied to the clipboard' : '' }}</mat-hint>
    </mat-form-field>
  `,
})
export class CopyField {
  private readonly clipboard = inject(Clipboard);

  readonly label = input.required<string>();
  readonly value = input.required<string>();

  protected readonly inputId = `rp-copy-field-${nextId++}`;
  protected readonly copied = signal(false);

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.value()));
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
