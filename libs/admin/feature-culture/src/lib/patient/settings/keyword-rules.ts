import { type FieldError, REVIEW_THEMES, type ReviewTheme, type ReviewThemeRule } from '@rapport/shared/contracts';

/** Longest keyword the editor accepts (a phrase of a few words). */
export const MAX_KEYWORD_LENGTH = 40;

export type KeywordDraft = Record<ReviewTheme, string[]>;

/** Words of letters, digits, apostrophes, `&` or hyphens, each with an optional trailing `*` (`call* back`). */
const KEYWORD = /^[\p{L}\p{N}][\p{L}\p{N}'’&-]*\*?( [\p{L}\p{N}][\p{L}\p{N}'’&-]*\*?)*$/u;

/** A typed keyword as the rules store it (trimmed, lower case, single spaces), or why it cannot be one. */
export function parseKeyword(raw: string, existing: readonly string[]): { keyword: string } | { error: string } {
  const keyword = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!keyword) return { error: 'Type a word first' };
  if (keyword.length > MAX_KEYWORD_LENGTH) return { error: `At most ${MAX_KEYWORD_LENGTH} characters` };
  if (!KEYWORD.test(keyword)) {
    return { error: 'Use letters, digits, spaces, apostrophes or hyphens; a * only at the end of a word' };
  }
  if (existing.includes(keyword)) return { error: `"${keyword}" is already in this theme` };
  return { keyword };
}

/** The API's rules as one keyword list per theme, every theme present (an absent theme has no keywords). */
export function toDraft(rules: readonly ReviewThemeRule[]): KeywordDraft {
  const draft = Object.fromEntries(REVIEW_THEMES.map((t) => [t, [] as string[]])) as KeywordDraft;
  for (const rule of rules) if (rule.theme in draft) draft[rule.theme] = [...rule.keywords];
  return draft;
}

/** The draft as the API's rules, in the contract's theme order. */
export function toRules(draft: KeywordDraft): ReviewThemeRule[] {
  return REVIEW_THEMES.map((theme) => ({ theme, keywords: [...draft[theme]] }));
}

export function sameDraft(a: KeywordDraft, b: KeywordDraft): boolean {
  return REVIEW_THEMES.every((t) => a[t].length === b[t].length && a[t].every((k, i) => k === b[t][i]));
}

/** The API's `rules.<i>.keywords` field errors by the theme of the rule sent at index `i`. */
export function themeErrors(errors: readonly FieldError[], sent: readonly ReviewThemeRule[]): Partial<Record<ReviewTheme, string>> {
  const byTheme: Partial<Record<ReviewTheme, string>> = {};
  for (const error of errors) {
    const index = /^rules\.(\d+)(\.|$)/.exec(error.field)?.[1];
    const theme = index === undefined ? undefined : sent[+index]?.theme;
    if (theme) byTheme[theme] = error.message;
  }
  return byTheme;
}
