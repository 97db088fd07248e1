import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** Settings sections as tabs that are real links, so each section has its own URL. */
@Component({
  selector: 'rp-settings-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 1100px;
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
    <h1>Settings</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Settings sections">
      @for (section of sections; track section.path) {
        <a
          mat-tab-link
          [routerLink]="section.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
        >
          {{ section.label }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
})
export class SettingsLayout {
  protected readonly sections = [
    { path: 'locations', label: 'Locations' },
    { path: 'users', label: 'Users' },
    { path: 'care-standard', label: 'Care standard' },
    { path: 'anonymity', label: 'Anonymity' },
    { path: 'messages', label: 'Messages' },
  ] as const;
}
