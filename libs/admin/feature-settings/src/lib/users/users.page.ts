import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { AuthStore, UsersStore } from '@rapport/admin/data-access';
import { openConfirmDialog, PageState, ProblemHandler, RoleChips } from '@rapport/admin/ui';
import type { CreateUserResponse, User } from '@rapport/shared/contracts';
import { filter, switchMap } from 'rxjs';
import { EditUserDialog } from './edit-user-dialog';
import { InviteUserDialog } from './invite-user-dialog';

@Component({
  selector: 'rp-users-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatMenuModule, PageState, RoleChips],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The page owns its store: the list lives exactly as long as the page (dialogs get its injector).
  providers: [UsersStore],
  styleUrls: ['../settings-page.scss', './users.page.scss'],
  templateUrl: './users.page.html',
})
export class UsersPage {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);

  protected readonly store = inject(UsersStore);
  private readonly auth = inject(AuthStore);

  protected readonly myId = computed(() => this.auth.user()?.id);
  protected readonly columns = ['name', 'roles', 'status', 'actions'];

  constructor() {
    this.store.load();
  }

  /** The store adds the invited user to the table as soon as the API answers; nothing to do on close. */
  protected invite(): void {
    this.dialog.open<InviteUserDialog, void, CreateUserResponse>(InviteUserDialog, {
      injector: this.injector,
      width: '560px',
    });
  }

  protected edit(user: User): void {
    this.dialog
      .open<EditUserDialog, User, User>(EditUserDialog, { data: user, injector: this.injector })
      .afterClosed()
      .pipe(filter((saved): saved is User => !!saved))
      .subscribe((saved) => this.snackBar.open(`Saved ${saved.name}`, undefined, { duration: 4000 }));
  }

  protected deactivate(user: User): void {
    openConfirmDialog(this.dialog, {
      title: `Deactivate ${user.name}?`,
      message: `${user.name} will be signed out everywhere and can no longer sign in. You can reactivate them later.`,
      confirmLabel: 'Deactivate',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.store.update(user.id, { active: false, version: user.version })),
      )
      .subscribe({
        next: () => this.snackBar.open(`Deactivated ${user.name}`, undefined, { duration: 4000 }),
        error: (error: unknown) => this.problems.handle(error),
      });
  }

  /** A fresh link replaces the old one; where it went depends on whether an email server is configured. */
  protected resendInvitation(user: User): void {
    this.store.resendInvitation(user.id).subscribe({
      next: (sent) =>
        this.snackBar.open(
          sent.invitationDelivery === 'emailed'
            ? `Invitation emailed again to ${user.email}`
            : `New invitation for ${user.email} kept in Settings → Messages`,
          undefined,
          { duration: 6000 },
        ),
      error: (error: unknown) => this.problems.handle(error),
    });
  }

  protected reactivate(user: User): void {
    this.store.update(user.id, { active: true, version: user.version }).subscribe({
      next: () => this.snackBar.open(`Reactivated ${user.name}`, undefined, { duration: 4000 }),
      error: (error: unknown) => this.problems.handle(error),
    });
  }
}
