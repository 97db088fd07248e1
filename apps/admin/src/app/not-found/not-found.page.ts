import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

/** Shown for unknown URLs and for pages the user's roles do not open (so nothing leaks about them). */
@Component({
  selector: 'rp-not-found-page',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 12px;
      max-width: 60ch;
      padding-top: 24px;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-medium);
    }
    p {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <h1>Page not found</h1>
    <p>This page does not exist, or it is not part of what your roles let you see.</p>
    <a mat-flat-button routerLink="/home">
      <mat-icon aria-hidden="true">home</mat-icon>
      Back to home
    </a>
  `,
})
export class NotFoundPage {}
