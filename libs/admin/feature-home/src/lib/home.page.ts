import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthApi, AuthStore } from '@rapport/admin/data-access';
import { problemMessage, toProblem } from '@rapport/admin/util';
import { PageState, type PageStatus, RoleChips } from '@rapport/admin/ui';
import { type MeResponse, ORG_ADMIN_ROLES, type Role } from '@rapport/shared/contracts';

interface QuickLink {
  path: string;
  label: string;
  description: string;
  icon: string;
  roles: readonly Role[];
}

/** Links offered on home; each later feature adds its own with the roles that may use it. */
const QUICK_LINKS: readonly QuickLink[] = [
  {
    path: '/settings/users',
    label: 'Users',
    description: 'Invite colleagues and set what each can do.',
    icon: 'group',
    roles: ORG_ADMIN_ROLES,
  },
  {
    path: '/settings/locations',
    label: 'Locations',
    description: 'The clinics and sites of your practice.',
    icon: 'place',
    roles: ORG_ADMIN_ROLES,
  },
  {
    path: '/settings/care-standard',
    label: 'Care standard',
    description: 'The caring behaviors you hire for and recognise.',
    icon: 'volunteer_activism',
    roles: ORG_ADMIN_ROLES,
  },
];

@Component({
  selector: 'rp-home-page',
  imports: [MatCardModule, MatIconModule, RouterLink, PageState, RoleChips],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.page.scss',
  templateUrl: './home.page.html',
})
export class HomePage {
  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthStore);
  private readonly destroyRef = inject(DestroyRef);

  /** Fresh from `GET /auth/me` so a rename of the organization shows without signing in again. */
  protected readonly me = signal<MeResponse | null>(null);
  protected readonly status = signal<PageStatus>('loading');
  protected readonly errorMessage = signal('');
  protected readonly links = computed(() => QUICK_LINKS.filter((link) => this.auth.hasAnyRole(link.roles)));

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api
      .me()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (me) => {
          this.me.set(me);
          this.status.set('ready');
        },
        error: (error: unknown) => {
          this.errorMessage.set(problemMessage(toProblem(error)));
          this.status.set('error');
        },
      });
  }
}
