import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import { map } from 'rxjs';
import { ThemeService } from '../theme/theme.service';
import { NAV_ITEMS } from './nav-items';

/** Below this width (tablets in portrait, phones) the navigation folds into a drawer. */
const COMPACT_QUERY = '(max-width: 1023.98px)';

/** The signed-in frame: top bar (organization, theme, user menu) and role-filtered side navigation. */
@Component({
  selector: 'rp-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    MatTooltipModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './shell.scss',
  templateUrl: './shell.html',
})
export class Shell {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly theme = inject(ThemeService);
  protected readonly user = this.auth.user;
  protected readonly organization = this.auth.organization;
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navItems = computed(() => NAV_ITEMS.filter((item) => this.auth.hasAnyRole(item.roles)));

  /** In the drawer, following a link should reveal the page, not leave the drawer over it. */
  protected closeIfCompact(): void {
    if (this.compact()) void this.sidenav().close();
  }

  protected toggleNav(): void {
    void this.sidenav().toggle();
  }

  protected signOut(): void {
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl('/sign-in'));
  }
}
