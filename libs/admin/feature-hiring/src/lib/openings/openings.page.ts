import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { HiringPeopleStore, KitsStore, LocationsStore, OpeningsStore } from '@rapport/admin/data-access';
import { OPENING_STATUS_LABELS, PageState, STAGE_LABELS } from '@rapport/admin/ui';
import { APPLICATION_STAGES, type Opening } from '@rapport/shared/contracts';
import { filter } from 'rxjs';
import { OpeningDialog, type OpeningDialogData } from './opening-dialog';

/** Openings with their status and where their candidates stand; each opens its pipeline board. */
@Component({
  selector: 'rp-openings-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, RouterLink, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The page owns the stores its dialog also uses (the dialog gets this injector).
  providers: [OpeningsStore, KitsStore, LocationsStore, HiringPeopleStore],
  styleUrls: ['../hiring-page.scss', './openings.page.scss'],
  templateUrl: './openings.page.html',
})
export class OpeningsPage {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly kits = inject(KitsStore);
  private readonly locations = inject(LocationsStore);

  protected readonly store = inject(OpeningsStore);
  protected readonly people = inject(HiringPeopleStore);
  protected readonly columns = ['title', 'status', 'candidates', 'details', 'actions'];
  private readonly kitNames = computed(() => new Map(this.kits.items().map((k) => [k.id, k.name])));
  private readonly locationNames = computed(() => new Map(this.locations.items().map((l) => [l.id, l.name])));

  constructor() {
    this.store.load();
    this.kits.load();
    this.locations.load();
    this.people.load();
  }

  protected statusLabel(opening: Opening): string {
    return OPENING_STATUS_LABELS[opening.status];
  }

  protected kitName(opening: Opening): string {
    return this.kitNames().get(opening.kitId) ?? '';
  }

  protected locationName(opening: Opening): string {
    return this.locationNames().get(opening.locationId) ?? '';
  }

  /** Non-empty stages in pipeline order, e.g. "3 Interviewing". */
  protected stageCounts(opening: Opening): { label: string; count: number }[] {
    return APPLICATION_STAGES.flatMap((stage) => {
      const count = opening.stageCounts[stage] ?? 0;
      return count ? [{ label: STAGE_LABELS[stage], count }] : [];
    });
  }

  protected total(opening: Opening): number {
    return Object.values(opening.stageCounts).reduce((n, c) => n + (c ?? 0), 0);
  }

  protected openEditor(opening?: Opening): void {
    this.dialog
      .open<OpeningDialog, OpeningDialogData, Opening>(OpeningDialog, { data: { opening }, injector: this.injector, width: '560px' })
      .afterClosed()
      .pipe(filter((saved): saved is Opening => !!saved))
      .subscribe((saved) => this.snackBar.open(`Saved ${saved.title}`, undefined, { duration: 4000 }));
  }
}
