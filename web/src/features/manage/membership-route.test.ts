import { addDays, todayInNetherlands } from '@samenwerven/calendar';
import { describe, expect, it } from 'vitest';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import { latestLeaveDate, leaveProblems } from './membership-route.ts';

describe('the leave form’s own checks', () => {
  const m = membershipMessages.nl;
  const today = todayInNetherlands();

  it('takes an empty date (now) and a date up to two years ahead', () => {
    expect(leaveProblems('Fusie', '', m)).toEqual({ effectiveDate: '', fields: {} });
    expect(leaveProblems('Fusie', latestLeaveDate(today), m)).toEqual({
      effectiveDate: latestLeaveDate(today),
      fields: {},
    });
  });

  it('refuses a date in the past and one beyond two years, as the server would', () => {
    expect(leaveProblems('Fusie', addDays(today, -1), m).fields).toEqual({ effectiveDate: m.membership.datePast });
    expect(leaveProblems('Fusie', addDays(latestLeaveDate(today), 1), m).fields).toEqual({
      effectiveDate: m.membership.dateTooFar,
    });
    expect(leaveProblems('Fusie', '31-12-9999', m).fields).toEqual({ effectiveDate: m.membership.dateTooFar });
  });

  it('says a reason is too long, before the question and never cut off (the API takes 2,000 characters)', () => {
    expect(leaveProblems('x'.repeat(2000), '', m).fields).toEqual({});
    expect(leaveProblems('x'.repeat(2001), '', m).fields).toEqual({ reason: m.membership.reasonTooLong });
    // Characters as the field counts them: an emoji is one.
    expect(leaveProblems('😀'.repeat(2000), '', m).fields).toEqual({});
  });
});
