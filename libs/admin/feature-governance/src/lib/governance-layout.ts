import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AUDIT_ROLES, AuthStore, GOVERNANCE_ROLES, RETENTION_VIEW_ROLES } from '@rapport/admin/data-access';

const SECTIONS = [
  { path: 'audit', label: 'Audit log', roles: AUDIT_ROLES },
  { path: 'reports', label: 'Reports', roles: GOVERNANCE_ROLES },
  { path: 'retention', label: 'Retention', roles: RETENTION_VIEW_ROLES },
] as const;

/** Governance sections as tabs that are real links; each tab shows only for the roles its route allows. */
@Component({
  selector: 'rp-governance-layout',
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
    <h1>Reports &amp; audit</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Governance sections">
      @for (section of sections(); track section.path) {
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
export class GovernanceLayout {
  private readonly auth = inject(AuthStore);
  protected readonly sections = computed(() => SECTIONS.filter((s) => this.auth.hasAnyRole(s.roles)));
}
