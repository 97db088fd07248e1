import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CompetenciesApi, LatestLoadable, PatientFeedbackApi } from '@rapport/admin/data-access';
import { type PageStatus, PageState, ProblemHandler } from '@rapport/admin/ui';
import {
  type Competency,
  DEFAULT_FEEDBACK_ITEM_COMPETENCY,
  type FeedbackItemMappingResponse,
  PATIENT_FEEDBACK_ITEMS,
  type PatientFeedbackItem,
} from '@rapport/shared/contracts';
import { map, tap } from 'rxjs';

type MappingForm = FormGroup<Record<PatientFeedbackItem, FormControl<string | null>>>;

/** Which competency each survey item counts toward ("none" leaves the item out of every competency). */
@Component({
  selector: 'rp-item-mapping-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./settings-editors.scss'],
  templateUrl: './item-mapping-editor.html',
})
export class ItemMappingEditor {
  private readonly api = inject(PatientFeedbackApi);
  private readonly competenciesApi = inject(CompetenciesApi);
  private readonly problems = inject(ProblemHandler);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly mapping = new LatestLoadable<FeedbackItemMappingResponse>();
  protected readonly competencies = new LatestLoadable<Competency[]>();
  protected readonly form: MappingForm = new FormGroup(
    Object.fromEntries(PATIENT_FEEDBACK_ITEMS.map((item) => [item, new FormControl<string | null>(null)])) as Record<
      PatientFeedbackItem,
      FormControl<string | null>
    >,
  );
  protected readonly saving = signal(false);
  /** Loading, error or ready once both the mapping and the competencies have arrived. */
  protected readonly status = computed<PageStatus>(() => {
    const statuses = [this.mapping.status(), this.competencies.status()];
    if (statuses.includes('error')) return 'error';
    return statuses.every((s) => s === 'ready') ? 'ready' : 'loading';
  });
  protected readonly errorMessage = computed(() => this.mapping.errorMessage() || this.competencies.errorMessage());

  constructor() {
    this.load();
  }

  protected load(): void {
    this.competencies.load(this.competenciesApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.position - b.position))));
    this.mapping.load(this.api.items().pipe(tap((response) => this.reset(response))));
  }

  /** The shipped defaults (by competency key), to save or adjust. */
  protected restoreDefaults(): void {
    const byKey = new Map((this.competencies.value() ?? []).map((c) => [c.key, c.id]));
    for (const item of PATIENT_FEEDBACK_ITEMS) {
      this.form.controls[item].setValue(byKey.get(DEFAULT_FEEDBACK_ITEM_COMPETENCY[item]) ?? null);
    }
    this.form.markAsDirty();
  }

  protected discard(): void {
    const mapping = this.mapping.value();
    if (mapping) this.reset(mapping);
  }

  protected save(): void {
    const mapping = this.mapping.value();
    if (!mapping) return;
    const values = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .updateItems({ items: mapping.items.map(({ item }) => ({ item, competencyId: values[item] ?? null })) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.mapping.set(saved);
          this.reset(saved);
          this.snackBar.open('Survey item mapping saved', undefined, { duration: 4000 });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.handle(error);
        },
      });
  }

  private reset(mapping: FeedbackItemMappingResponse): void {
    const values = Object.fromEntries(mapping.items.map((m) => [m.item, m.competencyId]));
    this.form.reset(values as Record<PatientFeedbackItem, string | null>);
  }
}
