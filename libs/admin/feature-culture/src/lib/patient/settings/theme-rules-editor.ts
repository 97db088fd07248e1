import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { type MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { LatestLoadable, ReviewsApi } from '@rapport/admin/data-access';
import { PageState, ProblemHandler } from '@rapport/admin/ui';
import { REVIEW_THEME_LABELS, REVIEW_THEMES, type ReviewTheme, type ReviewThemeRulesResponse } from '@rapport/shared/contracts';
import { tap } from 'rxjs';
import { type KeywordDraft, parseKeyword, sameDraft, themeErrors, toDraft, toRules } from './keyword-rules';

/**
 * The keyword rules that tag reviews by theme, as chips per theme. Saving retags every stored review
 * under the new rules and says how many changed.
 */
@Component({
  selector: 'rp-theme-rules-editor',
  imports: [MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./settings-editors.scss'],
  templateUrl: './theme-rules-editor.html',
})
export class ThemeRulesEditor {
  private readonly api = inject(ReviewsApi);
  private readonly problems = inject(ProblemHandler);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly rules = new LatestLoadable<ReviewThemeRulesResponse>();
  protected readonly draft = signal<KeywordDraft>(toDraft([]));
  /** A refused keyword's reason, per theme, until the next edit of that theme. */
  protected readonly inputErrors = signal<Partial<Record<ReviewTheme, string>>>({});
  protected readonly saving = signal(false);
  /** The outcome of the last save, as a sentence. */
  protected readonly saved = signal('');
  protected readonly themes = REVIEW_THEMES;
  protected readonly labels = REVIEW_THEME_LABELS;
  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly dirty = computed(() => {
    const rules = this.rules.value();
    return !!rules && !sameDraft(this.draft(), toDraft(rules.rules));
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    // The draft starts as what was loaded; `discard` puts it back the same way.
    this.rules.load(this.api.themes().pipe(tap((response) => this.draft.set(toDraft(response.rules)))));
  }

  protected add(theme: ReviewTheme, event: MatChipInputEvent): void {
    const raw = event.value;
    if (!raw.trim()) return;
    const parsed = parseKeyword(raw, this.draft()[theme]);
    if ('error' in parsed) {
      this.inputErrors.update((e) => ({ ...e, [theme]: parsed.error }));
      return;
    }
    this.draft.update((d) => ({ ...d, [theme]: [...d[theme], parsed.keyword] }));
    this.inputErrors.update((e) => ({ ...e, [theme]: undefined }));
    this.saved.set('');
    event.chipInput.clear();
  }

  protected remove(theme: ReviewTheme, keyword: string): void {
    this.draft.update((d) => ({ ...d, [theme]: d[theme].filter((k) => k !== keyword) }));
    this.saved.set('');
  }

  protected discard(): void {
    const rules = this.rules.value();
    if (rules) this.draft.set(toDraft(rules.rules));
    this.inputErrors.set({});
  }

  protected save(): void {
    const rules = toRules(this.draft());
    this.saving.set(true);
    this.api
      .updateThemes(rules)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.saving.set(false);
          this.rules.set({ rules: response.rules });
          this.draft.set(toDraft(response.rules));
          const sentence = `Theme rules saved; ${response.retagged} stored ${response.retagged === 1 ? 'review was' : 'reviews were'} retagged.`;
          this.saved.set(sentence);
          this.snackBar.open(sentence, undefined, { duration: 5000 });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = this.problems.handle(error);
          // `rules.<i>.keywords` errors also show under the theme they are about.
          this.inputErrors.set(themeErrors(problem.errors ?? [], rules));
        },
      });
  }
}
