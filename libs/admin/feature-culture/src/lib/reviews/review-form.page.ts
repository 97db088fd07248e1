import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CompetenciesApi, LatestLoadable, ReviewAssignmentsApi } from '@rapport/admin/data-access';
import { openConfirmDialog, PageState, ProblemHandler } from '@rapport/admin/ui';
import type { Competency, ReviewAssignment } from '@rapport/shared/contracts';
import { filter, finalize, map, of, startWith, switchMap } from 'rxjs';
import { formatDay, RELATION_LABELS } from '../shared/labels';
import { allRated, buildRatingsForm, isAnonymous, privacyNote, type RatingsForm, toSaveRequest } from './review-form';

/** One review: a 1–5 rating and an optional comment per competency; save a draft, then submit (locked). */
@Component({
  selector: 'rp-review-form-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    PageState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/culture-page.scss', './review-form.page.scss'],
  templateUrl: './review-form.page.html',
})
export class ReviewFormPage {
  /** The assignment's id (route parameter). */
  readonly id = input.required<string>();

  private readonly api = inject(ReviewAssignmentsApi);
  private readonly competenciesApi = inject(CompetenciesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);

  protected readonly assignment = new LatestLoadable<ReviewAssignment>();
  protected readonly competencies = new LatestLoadable<Competency[]>();
  protected readonly form = signal<RatingsForm | null>(null);
  /** The assignment the form was built for. */
  private builtFor: string | null = null;
  protected readonly saving = signal(false);
  protected readonly showMissing = signal(false);
  protected readonly scale = [1, 2, 3, 4, 5] as const;
  protected readonly relationLabels = RELATION_LABELS;
  protected readonly day = formatDay;

  protected readonly locked = computed(() => {
    const a = this.assignment.value();
    return !!a && (a.status === 'submitted' || a.cycleStatus === 'closed');
  });
  protected readonly anonymous = computed(() => {
    const a = this.assignment.value();
    return !!a && isAnonymous(a.relation);
  });
  protected readonly note = computed(() => {
    const a = this.assignment.value();
    return a ? privacyNote(a.relation, a.subject.name) : '';
  });
  /** Re-read on every change of the form, for the "n of 8 rated" line. */
  private readonly formValue = toSignal(
    toObservable(this.form).pipe(switchMap((form) => (form ? form.valueChanges.pipe(startWith(null), map(() => form)) : of(null)))),
  );
  protected readonly rated = computed(() => {
    const form = this.formValue();
    return form ? form.controls.filter((g) => g.controls.rating.value !== null).length : 0;
  });
  protected readonly missing = computed(() => (this.competencies.value()?.length ?? 0) - this.rated());

  constructor() {
    this.competencies.load(
      this.competenciesApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.position - b.position))),
    );
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
    // The form is built once both the assignment and the library are in, and rebuilt for another assignment.
    effect(() => {
      const a = this.assignment.value();
      const competencies = this.competencies.value();
      if (!a || !competencies) return;
      untracked(() => {
        // A saved draft or a submission updates the assignment: keep the form the user is working in.
        if (this.builtFor === a.id) return;
        this.builtFor = a.id;
        const form = buildRatingsForm(competencies, a);
        if (this.locked()) form.disable();
        this.form.set(form);
      });
    });
  }

  protected load(): void {
    this.builtFor = null;
    this.form.set(null);
    this.assignment.load(this.api.get(this.id()));
  }

  protected saveDraft(): void {
    const form = this.form();
    if (!form || form.invalid) return form?.markAllAsTouched();
    this.saving.set(true);
    this.api
      .save(this.id(), toSaveRequest(form))
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => {
          this.assignment.set(saved);
          form.markAsPristine();
          this.snackBar.open('Draft saved', undefined, { duration: 3000 });
        },
        error: (error: unknown) => this.problems.handle(error),
      });
  }

  protected submit(): void {
    const form = this.form();
    const a = this.assignment.value();
    if (!form || !a) return;
    if (allRated(form) || form.invalid) {
      this.showMissing.set(true);
      form.markAllAsTouched();
      return;
    }
    this.showMissing.set(false);
    openConfirmDialog(this.dialog, {
      title: 'Submit this review?',
      message: `Your ratings of ${a.relation === 'self' ? 'yourself' : a.subject.name} are locked once submitted: you cannot change them afterwards.`,
      confirmLabel: 'Submit review',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.saving.set(true);
          // Save first, so what is submitted is exactly what is on screen.
          return this.api.save(a.id, toSaveRequest(form)).pipe(
            switchMap(() => this.api.submit(a.id)),
            finalize(() => this.saving.set(false)),
          );
        }),
      )
      .subscribe({
        next: (submitted) => {
          this.assignment.set(submitted);
          form.disable();
          form.markAsPristine();
          this.snackBar.open('Review submitted. Thank you.', undefined, { duration: 4000 });
        },
        error: (error: unknown) => this.problems.handle(error),
      });
  }
}
