import { ValidateBy, type ValidationOptions } from 'class-validator';

const DAY_MS = 24 * 3600 * 1000;

export interface Horizon {
  years?: number;
  days?: number;
}

/** The last instant a value may name: now plus the horizon (UTC). */
export function horizonEnd({ years = 0, days = 0 }: Horizon, now = new Date()): Date {
  const end = new Date(now.getTime() + days * DAY_MS);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end;
}

const describe = ({ years = 0, days = 0 }: Horizon): string =>
  years > 0 ? `${years} year${years === 1 ? '' : 's'} from today` : days <= 1 ? 'today' : `${days} days from today`;

/**
 * A date (YYYY-MM-DD) or date-time no later than `horizon` from now: a hire date in 2999 or a
 * cycle ending in 9999 is a typo that would otherwise sit in every report and trend. Values that
 * are not dates are left to the field's format rule, which names them itself.
 */
export const IsNotFarFuture = (horizon: Horizon, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNotFarFuture',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return true;
          const time = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value).getTime();
          return Number.isNaN(time) || time <= horizonEnd(horizon).getTime();
        },
        defaultMessage: (args) =>
          `${args?.property} must not be later than ${horizonEnd(horizon).toISOString().slice(0, 10)} (${describe(horizon)})`,
      },
    },
    options,
  );
