import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CandidatesApi, PipelineStore } from '@rapport/admin/data-access';
import { ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { Application, Candidate } from '@rapport/shared/contracts';
import { catchError, debounceTime, distinctUntilChanged, finalize, map, of, switchMap } from 'rxjs';

type Mode = 'existing' | 'new';

/**
 * Adds a candidate to the opening: someone already in the practice's records (searched by name or
 * email, so nobody is entered twice) or a new person. Saves through the page's `PipelineStore`.
 */
@Component({
  selector: 'rp-add-candidate-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatAutocompleteModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      min-width: min(480px, 80vw);
    }
    mat-form-field {
      width: 100%;
    }
    .mode {
      margin-bottom: 16px;
    }
    .option-email {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .chosen {
      margin: 0 0 8px;
    }
  `,
  template: `
    <h2 mat-dialog-title>Add candidate</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-button-toggle-group
          class="mode"
          aria-label="Who to add"
          [value]="mode()"
          (change)="mode.set($event.value)"
          hideSingleSelectionIndicator
        >
          <mat-button-toggle value="existing">Existing candidate</mat-button-toggle>
          <mat-button-toggle value="new">New candidate</mat-button-toggle>
        </mat-button-toggle-group>

        @if (mode() === 'existing') {
          <mat-form-field appearance="outline">
            <mat-label>Search by name or email</mat-label>
            <input matInput [formControl]="search" [matAutocomplete]="auto" cdkFocusInitial />
            <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="chosen.set($event.option.value)">
              @for (candidate of results(); track candidate.id) {
                <mat-option [value]="candidate">
                  {{ candidate.name }}<span class="option-email">{{ candidate.email }}</span>
                </mat-option>
              }
            </mat-autocomplete>
            <mat-hint>{{ searchHint() }}</mat-hint>
          </mat-form-field>
        } @else {
          <div>
            <mat-form-field appearance="outline">
              <mat-label>Name</mat-label>
              <input matInput formControlName="name" required />
              <mat-error>{{ errorOf(form.controls.name, 'Name') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Email</mat-label>
              <input matInput type="email" formControlName="email" required />
              <mat-error>{{ errorOf(form.controls.email, 'Email') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Phone (optional)</mat-label>
              <input matInput type="tel" formControlName="phone" />
              <mat-error>{{ errorOf(form.controls.phone, 'Phone') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Source (optional)</mat-label>
              <input matInput formControlName="source" />
              <mat-hint>Where they came from: referral, job board, website…</mat-hint>
            </mat-form-field>
          </div>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Add to opening</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class AddCandidateDialog {
  private readonly candidates = inject(CandidatesApi);
  private readonly pipeline = inject(PipelineStore);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<AddCandidateDialog, Application>>(MatDialogRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly mode = signal<Mode>('existing');
  protected readonly search = this.fb.control<string | Candidate>('');
  protected readonly results = signal<Candidate[]>([]);
  protected readonly searchHint = signal('Type at least two letters.');
  protected readonly chosen = signal<Candidate | null>(null);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    phone: [''],
    source: [''],
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;
  protected readonly display = (c: Candidate | string | null) => (typeof c === 'string' ? c : (c?.name ?? ''));

  constructor() {
    this.search.valueChanges
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : null)),
        // A picked option is a Candidate, not a search.
        switchMap((term) => {
          if (term === null) return of(null);
          this.chosen.set(null);
          return of(term).pipe(debounceTime(250));
        }),
        distinctUntilChanged(),
        switchMap((term) => {
          if (term === null) return of(null);
          if (term.length < 2) return of([] as Candidate[]);
          return this.candidates.search(term).pipe(
            map((page) => page.items),
            catchError(() => of([] as Candidate[])),
          );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((results) => {
        if (results === null) return;
        this.results.set(results);
        const term = typeof this.search.value === 'string' ? this.search.value.trim() : '';
        this.searchHint.set(
          term.length < 2 ? 'Type at least two letters.' : results.length ? 'Pick one from the list.' : 'No match: add them as a new candidate.',
        );
      });
  }

  protected save(): void {
    if (this.mode() === 'existing') {
      const candidate = this.chosen();
      if (!candidate) {
        this.problems.notify('Pick a candidate from the search results, or add a new candidate.');
        return;
      }
      this.add(candidate.id);
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, email, phone, source } = this.form.getRawValue();
    this.saving.set(true);
    this.candidates
      .create({ name: name.trim(), email: email.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}), ...(source.trim() ? { source: source.trim() } : {}) })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (candidate) => this.add(candidate.id),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }

  private add(candidateId: string): void {
    this.saving.set(true);
    this.pipeline
      .addApplication(candidateId)
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (app) => this.dialogRef.close(app),
        error: (error: unknown) => this.problems.handle(error),
      });
  }
}
