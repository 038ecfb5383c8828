/** The periods figures are asked for (the coordinator's and a member's): what one may be. */
import { AppError, type FieldMessage } from '../errors.ts';
import type { Period } from './reports.ts';

/**
 * The longest period the figures are made for. They are built month by month for every member:
 * a period of thousands of years ran the process out of memory.
 */
const MAX_PERIOD_YEARS = 10;

/** The period as asked, refused (400, on `to`) when it ends before it starts or runs past ten years. */
export function checkPeriod(period: Period): Period {
  const refuse = (message: FieldMessage) =>
    new AppError(400, 'validation_failed', 'error.validation_failed', { fields: { to: message } });
  if (period.to < period.from) throw refuse({ key: 'error.to_before_from', params: {} });
  // Ten years on from the first day (dates are four-digit years: compared as text).
  const endYear = Number(period.from.slice(0, 4)) + MAX_PERIOD_YEARS;
  if (endYear <= 9999 && period.to >= `${endYear}${period.from.slice(4)}`)
    throw refuse({ key: 'error.period_too_long', params: { years: MAX_PERIOD_YEARS } });
  return period;
}
