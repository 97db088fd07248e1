import type { CulturePeriod } from '@rapport/shared/contracts';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { periodEndMonth, periodStartMonth } from '../../culture/culture-scores/periods';
import { addMonths, endOfMonth, monthOf, today } from '../../culture/shared/dates';

const MAX_MONTHS = 60;

/** `from`/`to` months (default: the last 12), widened to whole periods, with their first and last day. */
export function monthRange(query: { from?: string; to?: string }, unit: CulturePeriod = 'month') {
  const to = monthOf(query.to ?? today());
  const from = monthOf(query.from ?? addMonths(to, -11));
  if (from > to) throw new ValidationFailedException([{ field: 'from', message: 'from must not be after to' }]);
  if (addMonths(from, MAX_MONTHS - 1) < to) {
    throw new ValidationFailedException([{ field: 'from', message: `the range may span at most ${MAX_MONTHS} months` }]);
  }
  const fromMonth = periodStartMonth(from, unit);
  const toMonth = periodEndMonth(to, unit);
  return { from: fromMonth, to: toMonth, firstDay: `${fromMonth}-01`, lastDay: endOfMonth(toMonth) };
}
