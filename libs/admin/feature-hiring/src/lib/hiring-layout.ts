import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** Hiring sections as tabs that are real links, so each has its own URL (like Settings). */
@Component({
  selector: 'rp-hiring-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 1200px;
    }
    h1 {
      margin: 0 0 8px;
      font: var(--mat-sys-headline-medium);
    }
    nav {
      margin-bottom: 24px;
    }
  `,
  template: `
    <h1>Hiring</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Hiring sections">
      @for (section of sections; track section.path) {
        <a mat-tab-link [routerLink]="section.path" routerLinkActive #active="routerLinkActive" [active]="active.isActive">
          {{ section.label }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
})
export class HiringLayout {
  protected readonly sections = [
    { path: 'openings', label: 'Openings' },
    { path: 'kits', label: 'Interview kits' },
    { path: 'calibration', label: 'Calibration' },
  ] as const;
}
