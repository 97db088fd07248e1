import type { AnonymousAggregate } from '@rapport/shared/contracts';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** An upward aggregate as an export shows it: the mean when shown, else why it is withheld. */
export function aggregateCell(aggregate: AnonymousAggregate | null): number | string {
  if (!aggregate) return 'no ratings';
  if (!aggregate.suppressed) return round2(aggregate.mean);
  return aggregate.reason === 'cycle_open' ? 'withheld (cycle open)' : `suppressed (fewer than ${aggregate.minRaters} raters)`;
}

export const ratersCell = (aggregate: AnonymousAggregate | null): number | null =>
  aggregate && !aggregate.suppressed ? aggregate.n : null;
