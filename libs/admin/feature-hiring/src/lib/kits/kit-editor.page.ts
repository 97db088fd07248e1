import { LiveAnnouncer } from '@angular/cdk/a11y';
import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import { DatePipe, DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { CompetenciesStore, KitsApi, loadable } from '@rapport/admin/data-access';
import { KIND_LABELS, openConfirmDialog, PageState, ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { InterviewKit, InterviewKitVersionSummary, KitQuestion } from '@rapport/shared/contracts';
import { finalize, map, type Observable, of } from 'rxjs';
import { kitForm, MAX_QUESTIONS, moveQuestion, previewQuestions, questionGroup, toKitRequest } from './kit-form';
import { KitPreview } from './kit-preview';
import { QuestionEditor } from './question-editor';

/**
 * Writes or edits an interview kit: its questions (reordered by dragging or with the move buttons),
 * a preview as the interviewer sees it, and the version history. Saving a kit already used in an
 * interview creates a new version; scheduled interviews keep theirs.
 */
@Component({
  selector: 'rp-kit-editor-page',
  imports: [
    DatePipe,
    DragDropModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    MatTabsModule,
    RouterLink,
    PageState,
    KitPreview,
    QuestionEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CompetenciesStore],
  styleUrls: ['../hiring-page.scss', './kit-editor.page.scss'],
  templateUrl: './kit-editor.page.html',
})
export class KitEditorPage {
  private readonly api = inject(KitsApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);

  /** From the route: absent on `/hiring/kits/new`. */
  readonly kitId = input<string | undefined>(undefined);

  protected readonly competencies = inject(CompetenciesStore);
  protected readonly kit = loadable<InterviewKit>();
  protected readonly versions = loadable<InterviewKitVersionSummary[]>();
  protected form = kitForm(this.fb);
  protected readonly expanded = signal<number | null>(0);
  protected readonly saving = signal(false);
  protected readonly preview = signal<KitQuestion[]>([]);
  protected readonly kindLabels = KIND_LABELS;
  protected readonly maxQuestions = MAX_QUESTIONS;
  protected readonly errorOf = fieldErrorMessage;

  constructor() {
    this.competencies.load();
    effect(() => {
      const id = this.kitId();
      untracked(() => this.load(id));
    });
  }

  protected get questions() {
    return this.form.controls.questions;
  }

  protected load(id = this.kitId()): void {
    if (!id) return; // a new kit starts from the empty form
    this.kit.load(this.api.get(id).pipe(map((kit) => this.adopt(kit))));
    this.versions.load(this.api.versions(id));
  }

  protected summary(index: number): string {
    const q = this.questions.at(index).getRawValue();
    const name = this.competencies.items().find((c) => c.id === q.competencyId)?.name;
    return [KIND_LABELS[q.kind], name].filter(Boolean).join(' · ');
  }

  protected closed(index: number): void {
    if (this.expanded() === index) this.expanded.set(null);
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    this.move(event.previousIndex, event.currentIndex);
  }

  protected move(from: number, to: number): void {
    if (to < 0 || to >= this.questions.length || from === to) return;
    moveQuestion(this.questions, from, to);
    if (this.expanded() === from) this.expanded.set(to);
    void this.announcer.announce(`Question moved to position ${to + 1} of ${this.questions.length}`);
    // Keep keyboard focus on the button that moved the question, now at its new position.
    setTimeout(() => this.document.getElementById(`move-${from < to ? 'down' : 'up'}-${to}`)?.focus());
  }

  protected add(): void {
    if (this.questions.length >= MAX_QUESTIONS) return;
    this.questions.push(questionGroup(this.fb));
    this.questions.markAsDirty();
    const index = this.questions.length - 1;
    this.expanded.set(index);
    setTimeout(() => this.document.getElementById(`question-${index}-prompt`)?.focus());
  }

  protected remove(index: number): void {
    const prompt = this.questions.at(index).controls.prompt.value.trim();
    openConfirmDialog(this.dialog, {
      title: `Remove question ${index + 1}?`,
      message: prompt ? `“${prompt}” is removed from the kit when you save.` : 'The question is removed when you save.',
      confirmLabel: 'Remove',
    }).subscribe((ok) => {
      if (!ok) return;
      this.questions.removeAt(index);
      this.questions.markAsDirty();
      this.expanded.set(null);
      void this.announcer.announce(`Question ${index + 1} removed`);
    });
  }

  protected tabChanged(index: number): void {
    if (index === 1) this.preview.set(previewQuestions(this.form));
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      const firstInvalid = this.questions.controls.findIndex((q) => q.invalid);
      if (firstInvalid >= 0) this.expanded.set(firstInvalid);
      this.problems.notify('Some fields need attention: they are marked in red.');
      return;
    }
    const kit = this.kit.value();
    const body = toKitRequest(this.form);
    this.saving.set(true);
    const request = kit ? this.api.update(kit.id, { ...body, revision: kit.revision }) : this.api.create(body);
    request.pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (saved) => {
        if (!kit) {
          this.form.markAsPristine();
          this.snackBar.open(`Created ${saved.name}`, undefined, { duration: 4000 });
          void this.router.navigate(['/hiring/kits', saved.id], { replaceUrl: true });
          return;
        }
        this.kit.set(this.adopt(saved));
        this.versions.load(this.api.versions(saved.id));
        const message =
          saved.version > kit.version
            ? `Saved as version ${saved.version}. Interviews already scheduled keep version ${kit.version}.`
            : `Saved ${saved.name}`;
        this.snackBar.open(message, undefined, { duration: 6000 });
      },
      error: (error: unknown) => {
        const problem = this.problems.handle(error, this.form);
        const firstInvalid = this.questions.controls.findIndex((q) => q.invalid);
        if (problem.status === 400 && firstInvalid >= 0) this.expanded.set(firstInvalid);
      },
    });
  }

  /** Used by the route's `canDeactivate`: leaving with unsaved edits asks first. */
  confirmLeave(): Observable<boolean> {
    if (!this.form.dirty) return of(true);
    return openConfirmDialog(this.dialog, {
      title: 'Leave without saving?',
      message: 'Your changes to this kit are not saved.',
      confirmLabel: 'Leave',
    });
  }

  /** Takes a kit from the API as the form's new starting point. */
  private adopt(kit: InterviewKit): InterviewKit {
    this.form = kitForm(this.fb, kit);
    this.expanded.set(null);
    return kit;
  }
}
