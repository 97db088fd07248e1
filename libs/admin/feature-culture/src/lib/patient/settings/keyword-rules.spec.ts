import { parseKeyword, sameDraft, themeErrors, toDraft, toRules } from './keyword-rules';

describe('parseKeyword', () => {
  it('stores a keyword trimmed, in lower case, with single spaces', () => {
    expect(parseKeyword('  Front   Desk ', [])).toEqual({ keyword: 'front desk' });
    expect(parseKeyword('Bill*', [])).toEqual({ keyword: 'bill*' });
    expect(parseKeyword("didn't listen", [])).toEqual({ keyword: "didn't listen" });
    expect(parseKeyword('Call* back', [])).toEqual({ keyword: 'call* back' });
  });

  it('refuses an empty, too long, malformed or repeated keyword, saying why', () => {
    expect(parseKeyword('   ', [])).toEqual({ error: 'Type a word first' });
    expect(parseKeyword('x'.repeat(41), [])).toEqual({ error: 'At most 40 characters' });
    expect(parseKeyword('*bill', [])).toHaveProperty('error');
    expect(parseKeyword('bi*ll', [])).toHaveProperty('error');
    expect(parseKeyword('Wait', ['wait'])).toEqual({ error: '"wait" is already in this theme' });
  });
});

describe('theme drafts', () => {
  it('has every theme, empty when the API sent no rule for it, and goes back in the contract’s order', () => {
    const draft = toDraft([{ theme: 'billing', keywords: ['bill*', 'invoice'] }]);
    expect(draft.billing).toEqual(['bill*', 'invoice']);
    expect(draft.staff).toEqual([]);
    expect(toRules(draft).map((r) => r.theme)).toEqual(['staff', 'billing', 'wait_time', 'pressure_to_buy', 'communication', 'results']);
  });

  it('tells a changed draft from the saved one', () => {
    const saved = toDraft([{ theme: 'billing', keywords: ['bill*'] }]);
    expect(sameDraft(saved, toDraft([{ theme: 'billing', keywords: ['bill*'] }]))).toBe(true);
    expect(sameDraft(saved, toDraft([{ theme: 'billing', keywords: ['bill*', 'fee*'] }]))).toBe(false);
  });
});

describe('themeErrors', () => {
  it('puts the API’s rule errors under the theme sent at that index, and leaves the rest out', () => {
    const sent = toRules(toDraft([]));
    expect(
      themeErrors(
        [
          { field: 'rules.4.keywords', message: 'a keyword is letters…' },
          { field: 'rules', message: 'rules must be an array' },
          { field: 'rules.9.keywords', message: 'no such rule' },
        ],
        sent,
      ),
    ).toEqual({ communication: 'a keyword is letters…' });
  });
});
