import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { AuthStore, LocationsApi, STAFF_CREATOR_ROLES, StaffApi } from '@rapport/admin/data-access';
import { openStaffForm, ProblemHandler } from '@rapport/admin/ui';
import type { Application, StaffMember, StaffMemberDraft } from '@rapport/shared/contracts';
import { catchError, defer, EMPTY, filter, forkJoin, map, type Observable, of, switchMap, tap } from 'rxjs';

type Hire = Pick<Application, 'id' | 'candidateName'>;

/**
 * Where a hire stands with its staff record: a draft to create it from, already created (the API
 * answers 409 for a hired application once it is linked), or nothing to offer (not hired, not allowed,
 * or the draft could not be read).
 */
export type HireStaffState = { kind: 'draft'; draft: StaffMemberDraft } | { kind: 'created' } | { kind: 'none' };

/**
 * "Moving an application to hired offers to create the staff member linked to it" (issue 5): the staff
 * form prefilled from the hire's draft, saved with the application's id, then a snackbar to the profile.
 */
@Injectable({ providedIn: 'root' })
export class StaffFromHire {
  private readonly auth = inject(AuthStore);
  private readonly staffApi = inject(StaffApi);
  private readonly locationsApi = inject(LocationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly problems = inject(ProblemHandler);

  /** Whether the signed-in user may create staff records at all (the API's `STAFF_CREATORS`). */
  readonly allowed = computed(() => this.auth.hasAnyRole(STAFF_CREATOR_ROLES));

  /** Whether a hired application still needs its staff record (only asked for hired applications). */
  stateOf(application: Pick<Application, 'id' | 'stage'>): Observable<HireStaffState> {
    if (application.stage !== 'hired' || !this.allowed()) return of({ kind: 'none' });
    return this.staffApi.draftFromApplication(application.id).pipe(
      map((draft): HireStaffState => ({ kind: 'draft', draft })),
      catchError((error: unknown) =>
        of<HireStaffState>(error instanceof HttpErrorResponse && error.status === 409 ? { kind: 'created' } : { kind: 'none' }),
      ),
    );
  }

  /**
   * Opens the staff form prefilled from the hire (from `draft`, or asked for now) and creates the staff
   * member linked to the application. Emits the new record once saved; nothing when cancelled or refused.
   */
  create(hire: Hire, draft?: StaffMemberDraft): Observable<StaffMember> {
    return forkJoin({
      draft: draft ? of(draft) : this.staffApi.draftFromApplication(hire.id),
      locations: this.locationsApi.list(),
      staff: this.staffApi.list(),
    }).pipe(
      catchError((error: unknown) => {
        this.problems.handle(error);
        return EMPTY;
      }),
      switchMap(({ draft: d, locations, staff }) =>
        openStaffForm(this.dialog, {
          title: 'Create staff member',
          intro: `From ${hire.candidateName}'s hire as ${d.roleTitle}. Check the details; the record links back to this application.`,
          submitLabel: 'Create staff member',
          initial: { name: d.name, email: d.email, roleTitle: d.roleTitle, locationId: d.locationId },
          locations: locations.items,
          staff: staff.items,
          save: (value) => this.staffApi.create({ ...value, applicationId: d.applicationId }),
        }),
      ),
      filter((saved): saved is StaffMember => !!saved),
      tap((saved) => this.announce(saved)),
    );
  }

  /**
   * After a move to hired: says so, and (for those who may) the snackbar's action opens the staff form.
   * Emits the staff member if one is created from it.
   */
  offerAfterHire(hire: Hire, message: string): Observable<StaffMember> {
    return defer(() => {
      if (!this.allowed()) {
        this.snackBar.open(message, undefined, { duration: 4000 });
        return EMPTY;
      }
      return this.snackBar
        .open(message, 'Create staff member', { duration: 15000 })
        .onAction()
        .pipe(switchMap(() => this.create(hire)));
    });
  }

  private announce(saved: StaffMember): void {
    this.snackBar
      .open(`${saved.name} is on the staff`, 'View profile', { duration: 10000 })
      .onAction()
      .subscribe(() => void this.router.navigate(['/staff', saved.id]));
  }
}
