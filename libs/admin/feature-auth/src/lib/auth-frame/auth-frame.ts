import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';

/** The calm, centered frame of the signed-out pages (no shell, no navigation yet). */
@Component({
  selector: 'rp-auth-frame',
  imports: [MatCardModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: grid;
      place-items: center;
      min-height: 100dvh;
      padding: 24px 16px;
      box-sizing: border-box;
      background: var(--mat-sys-surface-container-low);
    }
    main {
      width: min(100%, 420px);
    }
    .brand {
      margin: 0 0 16px;
      text-align: center;
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-primary);
    }
    mat-card {
      padding: 8px 8px 16px;
    }
    h1 {
      font: var(--mat-sys-title-large);
      margin: 8px 0 4px;
    }
    .lead {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <main>
      <p class="brand" aria-hidden="true">Rapport</p>
      <mat-card appearance="outlined">
        <mat-card-content>
          <h1>{{ heading() }}</h1>
          @if (lead()) {
            <p class="lead">{{ lead() }}</p>
          }
          <ng-content />
        </mat-card-content>
      </mat-card>
    </main>
  `,
})
export class AuthFrame {
  readonly heading = input.required<string>();
  readonly lead = input('');
}
