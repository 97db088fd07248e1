import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, CULTURE_ADMIN_ROLES, CULTURE_OVERSEER_ROLES, PATIENT_READER_ROLES } from '@rapport/admin/data-access';

const SECTIONS = [
  { path: './', label: 'Overview', exact: true, roles: CULTURE_OVERSEER_ROLES },
  { path: 'cycles', label: 'Review cycles', exact: false, roles: CULTURE_OVERSEER_ROLES },
  { path: 'import', label: 'Import metrics', exact: false, roles: CULTURE_ADMIN_ROLES },
  { path: 'patient', label: 'Patient voice', exact: false, roles: PATIENT_READER_ROLES },
] as const;

/** Culture sections as tabs that are real links; a tab shows only for the roles its route allows. */
@Component({
  selector: 'rp-culture-layout',
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
    <h1>Culture</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Culture sections">
      @for (section of sections(); track section.path) {
        <a
          mat-tab-link
          [routerLink]="section.path"
          routerLinkActive
          [routerLinkActiveOptions]="{ exact: section.exact }"
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
export class CultureLayout {
  private readonly auth = inject(AuthStore);
  protected readonly sections = computed(() => SECTIONS.filter((s) => this.auth.hasAnyRole(s.roles)));
}
