import { AppError } from '../common/app-error';
import type { Period } from './monitor.service';

/** The last day (YYYY-MM-DD) of the month of `date`. */
const lastDayOf = (date: string): string => {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * A reader under small-count suppression (the auditor) reads whole calendar months only: with any
 * day as its bounds, two periods a day apart would isolate one day's inflow by their difference,
 * and suppression of each period alone would not hide it.
 */
export function requireWholeMonths(period: Period): Period {
  if (!period.from.endsWith('-01')) throw AppError.validation('from', 'must be the first day of a month (whole calendar months only under small-count suppression)');
  if (period.to !== lastDayOf(period.to)) throw AppError.validation('to', 'must be the last day of a month (whole calendar months only under small-count suppression)');
  return period;
}
