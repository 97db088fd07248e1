import { compileThemeRules, DEFAULT_THEME_RULES } from './review-themes';

describe('compileThemeRules', () => {
  const tag = compileThemeRules(DEFAULT_THEME_RULES);

  // A small fixed set, tagged by hand.
  it.each([
    ['The front desk staff were so kind and welcoming.', ['staff']],
    ['I was billed twice and the refund took a month.', ['billing']],
    ['Waited 45 minutes past my appointment time.', ['wait_time']],
    ['Felt pushed into buying a package I did not want.', ['pressure_to_buy']],
    ['Nobody ever called back about my question.', ['communication']],
    ['Results look natural, very happy!', ['results']],
    ['Rude receptionist, hidden fees and a long wait.', ['staff', 'billing', 'wait_time']],
    ['Great experience overall.', []],
  ])('%s → %j', (text, themes) => {
    expect(tag(text)).toEqual(themes);
  });

  it('matches whole words only, with * for any ending', () => {
    const custom = compileThemeRules([{ theme: 'billing', keywords: ['bill*'] }, { theme: 'staff', keywords: ['team'] }]);
    expect(custom('The billing was clear')).toEqual(['billing']);
    expect(custom('Bill was our nurse')).toEqual(['billing']);
    expect(custom('A steam room')).toEqual([]);
    expect(custom('Our team, lovely')).toEqual(['staff']);
  });

  it('treats keywords literally (no regular expressions) and matches phrases across spaces', () => {
    const custom = compileThemeRules([{ theme: 'wait_time', keywords: ['on time', 'c++'] }]);
    expect(custom('always  on\ntime')).toEqual(['wait_time']);
    expect(custom('ccc')).toEqual([]);
  });

  it('tags nothing for a theme without keywords', () => {
    expect(compileThemeRules([])('billing staff waited')).toEqual([]);
  });
});
