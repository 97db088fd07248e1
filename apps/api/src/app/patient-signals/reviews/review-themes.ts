import { REVIEW_THEMES, type ReviewTheme, type ReviewThemeRule } from '@rapport/shared/contracts';

/**
 * The starting rule set. Deliberately plain: a reader can see why a review got a tag, and an
 * organization edits the words (Settings) rather than trusting an opaque model.
 */
export const DEFAULT_THEME_RULES: readonly ReviewThemeRule[] = [
  {
    theme: 'staff',
    keywords: ['staff', 'receptionist', 'front desk', 'nurse*', 'team', 'friendly', 'rude', 'kind', 'welcom*', 'helpful', 'unhelpful'],
  },
  {
    theme: 'billing',
    keywords: ['bill*', 'charg*', 'invoice*', 'price*', 'pricing', 'cost*', 'fee*', 'refund*', 'overcharg*', 'hidden fee*', 'payment*'],
  },
  { theme: 'wait_time', keywords: ['wait*', 'late', 'delay*', 'on time', 'punctual', 'running behind', 'kept waiting', 'hour*'] },
  {
    theme: 'pressure_to_buy',
    keywords: ['pressur*', 'push*', 'upsell*', 'upsold', 'hard sell', 'sales pitch', 'salesy', 'pushy', 'add-on*', 'package*'],
  },
  {
    theme: 'communication',
    keywords: ['call* back', 'return* my call*', 'never called', 'no response', 'respond*', 'repl*', 'explain*', 'listen*', 'email*', 'voicemail*'],
  },
  { theme: 'results', keywords: ['result*', 'outcome*', 'natural', 'look* great', 'botched', 'bruis*', 'swelling', 'effect*', 'worked'] },
];

export const MAX_KEYWORDS_PER_THEME = 50;
export const MAX_KEYWORD_LENGTH = 40;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `bill*` → a whole-word match of "bill" with any ending; spaces match any run of whitespace. */
function keywordPattern(keyword: string): string {
  const k = keyword.trim().toLowerCase();
  const wildcard = k.endsWith('*');
  const stem = (wildcard ? k.slice(0, -1) : k).split('*').map(escape).join('\\w*').replace(/\s+/g, '\\s+');
  return `(?<![\\p{L}\\p{N}])${stem}${wildcard ? '[\\p{L}\\p{N}\'’-]*' : ''}(?![\\p{L}\\p{N}])`;
}

export type ThemeTagger = (text: string) => ReviewTheme[];

/** A tagger for a rule set: the themes (in `REVIEW_THEMES` order) whose keywords occur in the text. */
export function compileThemeRules(rules: readonly ReviewThemeRule[]): ThemeTagger {
  const compiled = REVIEW_THEMES.map((theme) => {
    const keywords = rules.find((r) => r.theme === theme)?.keywords ?? [];
    const valid = keywords.map((k) => k.trim()).filter((k) => k.replace(/\*/g, '').length > 0);
    return { theme, pattern: valid.length ? new RegExp(valid.map(keywordPattern).join('|'), 'iu') : null };
  });
  return (text) => compiled.filter((c) => c.pattern?.test(text)).map((c) => c.theme);
}
