/**
 * A test that sets up vacancies closing "today" and checks what is findable after must not
 * straddle the Dutch midnight: "today" would be yesterday by the time it looks, and the portal
 * would rightly hide what the test expects to find.
 */
import { setTimeout } from 'node:timers/promises';
import { dutchDate, endOfDutchDay } from '@samenwerven/calendar';

/**
 * Waits, when the Dutch day ends within `marginMs`, until the next one has begun; then returns
 * today's Dutch date, which holds for at least `marginMs`.
 */
export async function dutchDayClearOfMidnight(marginMs = 120_000): Promise<string> {
  const msLeft = endOfDutchDay(dutchDate()).getTime() - Date.now();
  if (msLeft < marginMs) await setTimeout(msLeft + 1000);
  return dutchDate();
}
