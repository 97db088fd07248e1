import { ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { LocationsStore } from '@rapport/admin/data-access';
import { openConfirmDialog, PageState, ProblemHandler } from '@rapport/admin/ui';
import type { Location } from '@rapport/shared/contracts';
import { filter, switchMap } from 'rxjs';
import { LocationDialog, type LocationDialogData } from './location-dialog';

@Component({
  selector: 'rp-locations-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The page owns its store: the list lives exactly as long as the page (dialogs get its injector).
  providers: [LocationsStore],
  styleUrl: '../settings-page.scss',
  templateUrl: './locations.page.html',
})
export class LocationsPage {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);

  protected readonly store = inject(LocationsStore);
  protected readonly columns = ['name', 'code', 'actions'];

  constructor() {
    this.store.load();
  }

  protected openEditor(location?: Location): void {
    this.dialog
      .open<LocationDialog, LocationDialogData, Location>(LocationDialog, {
        data: { location },
        // The dialog saves through this page's store, which lives in the route's injector.
        injector: this.injector,
      })
      .afterClosed()
      .pipe(filter((saved): saved is Location => !!saved))
      .subscribe((saved) => this.snackBar.open(`Saved ${saved.name}`, undefined, { duration: 4000 }));
  }

  protected remove(location: Location): void {
    openConfirmDialog(this.dialog, {
      title: `Delete ${location.name}?`,
      message: 'The location is removed for everyone in your practice. This cannot be undone.',
      confirmLabel: 'Delete',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.store.remove(location.id)),
      )
      .subscribe({
        next: () => this.snackBar.open(`Deleted ${location.name}`, undefined, { duration: 4000 }),
        error: (error: unknown) => this.problems.handle(error),
      });
  }
}
