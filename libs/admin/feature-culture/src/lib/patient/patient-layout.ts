import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, PATIENT_ADMIN_ROLES, PATIENT_READER_ROLES } from '@rapport/admin/data-access';

const SECTIONS = [
  { path: './', label: 'Signals', exact: true, roles: PATIENT_READER_ROLES },
  { path: 'reviews', label: 'Online reviews', exact: false, roles: PATIENT_READER_ROLES },
  { path: 'import', label: 'Import', exact: false, roles: PATIENT_ADMIN_ROLES },
  { path: 'settings', label: 'Themes and items', exact: false, roles: PATIENT_ADMIN_ROLES },
] as const;

/** "Patient voice": its sections as links; import and settings only for the roles that may change them. */
@Component({
  selector: 'rp-patient-layout',
  imports: [MatButtonModule, RouterLink, RouterLinkActive, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    nav {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: -8px 0 16px;
    }
    a.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  template: `
    <nav aria-label="Patient voice sections">
      @for (section of sections(); track section.path) {
        <a
          mat-button
          [routerLink]="section.path"
          routerLinkActive="active"
          ariaCurrentWhenActive="page"
          [routerLinkActiveOptions]="{ exact: section.exact }"
        >
          {{ section.label }}
        </a>
      }
    </nav>
    <router-outlet />
  `,
})
export class PatientLayout {
  private readonly auth = inject(AuthStore);
  protected readonly sections = computed(() => SECTIONS.filter((s) => this.auth.hasAnyRole(s.roles)));
}
