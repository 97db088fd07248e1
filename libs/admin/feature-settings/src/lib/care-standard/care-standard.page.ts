import { ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CompetenciesStore } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import type { Competency } from '@rapport/shared/contracts';
import { filter } from 'rxjs';
import { CompetencyDialog } from './competency-dialog';

/** The practice's competency library: what "caring" means here, in observable behaviors. */
@Component({
  selector: 'rp-care-standard-page',
  imports: [MatButtonModule, MatIconModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The page owns its store: the list lives exactly as long as the page (dialogs get its injector).
  providers: [CompetenciesStore],
  styleUrls: ['../settings-page.scss', './care-standard.page.scss'],
  templateUrl: './care-standard.page.html',
})
export class CareStandardPage {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly store = inject(CompetenciesStore);

  constructor() {
    this.store.load();
  }

  protected edit(competency: Competency): void {
    this.dialog
      .open<CompetencyDialog, Competency, Competency>(CompetencyDialog, {
        data: competency,
        injector: this.injector,
        width: '640px',
      })
      .afterClosed()
      .pipe(filter((saved): saved is Competency => !!saved))
      .subscribe((saved) => this.snackBar.open(`Saved ${saved.name}`, undefined, { duration: 4000 }));
  }
}
