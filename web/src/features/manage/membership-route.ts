import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import {
  applyAgain,
  cancelScheduledLeave,
  getLeavePreview,
  leaveAlliance,
  type LeavePreview,
} from '../../api/membership.ts';
import { forgetSession } from '../../api/session.ts';
import { onSessionEnd, refusedWrite, requireStaff, sessionEnded, staffForWrite } from '../../lib/guards.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { membershipMessages, type MembershipMessages } from '../../i18n/membership-messages.ts';
import { addDays, todayInNetherlands } from '@samenwerven/calendar';
import { parseCalendarDate } from '../../lib/calendar-date.ts';
import { failure, formText, keepingValues, type FormFailure } from '../../lib/form-result.ts';
import type { OrganisationKind } from '../../api/types.ts';
import { ORGANISATION_FIELDS, organisationProblems } from '../../lib/applying-organisation.ts';
import type { ManageData } from './manage-route.ts';
import { reasonTooLong } from '../../lib/membership-reasons.ts';

export interface MembershipData extends ManageData {
  preview: LeavePreview;
}

/** /beheer/lidmaatschap: organisation admins only. */
export async function membershipLoader({ request }: LoaderFunctionArgs): Promise<MembershipData> {
  const { me, organisation } = await requireStaff(request, ['org_admin']);
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    const preview = await getLeavePreview(organisation.id, { lang, signal: request.signal });
    return { me, organisation, preview };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}

/** The last day a leave may be scheduled for: two years ahead, as the server allows (leaving.ts). */
export const latestLeaveDate = (today: string) => addDays(today, 729);

/**
 * What is wrong with a leave form before anything is sent (the page checks it before it asks
 * for confirmation, the action again): a reason is required; a date, when given, is today
 * or later, and at most two years ahead. Also the date as the API takes it ('' for "now",
 * today included).
 */

export function leaveProblems(
  reason: string,
  dateText: string,
  m: MembershipMessages,
): { effectiveDate: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (!reason.trim()) fields['reason'] = m.membership.reasonRequired;
  // Never cut off unseen: the field counts what is too many, and says so here before the question.
  else if (reasonTooLong(reason)) fields['reason'] = m.membership.reasonTooLong;
  const date = dateText.trim() ? parseCalendarDate(dateText) : '';
  const today = todayInNetherlands();
  if (date === null) fields['effectiveDate'] = m.dates.invalid;
  else if (date && date < today) fields['effectiveDate'] = m.membership.datePast;
  else if (date && date > latestLeaveDate(today)) fields['effectiveDate'] = m.membership.dateTooFar;
  // Today means now: the leave would take effect at the start of a day that has begun.
  return { effectiveDate: date && date > today ? date : '', fields };
}

export type MembershipResult =
  | { ok: true; intent: 'leave'; state: string; leaveAt: string | null }
  | { ok: true; intent: 'cancel'; message: string }
  | { ok: true; intent: 'apply-again'; state: string }
  | (FormFailure & { intent: string });

/** Leave now or at a date, cancel a scheduled leave, or apply again after a rejection. */
export async function membershipAction({ request }: ActionFunctionArgs): Promise<MembershipResult> {
  const staff = await staffForWrite(request, ['org_admin']);
  const lang = langFromPathname(new URL(request.url).pathname);
  const m = membershipMessages[lang];
  const form = await request.formData();
  const intent = formText(form, 'intent');
  if (!staff) return { ...sessionEnded(lang), intent };
  const { organisation } = staff;
  const a = accountMessages[lang];
  try {
    if (intent === 'leave') {
      const reason = formText(form, 'reason').trim();
      const { effectiveDate, fields } = leaveProblems(reason, formText(form, 'effectiveDate'), m);
      if (Object.keys(fields).length > 0) return { ...failure(a.form.checkFields, fields), intent };
      const left = await leaveAlliance(
        organisation.id,
        { reason, ...(effectiveDate ? { effectiveDate } : {}) },
        { lang },
      );
      // The organisation's state is part of the session user (header, overview): ask again.
      forgetSession();
      return { ok: true, intent, state: left.state, leaveAt: left.leaveAt };
    }
    if (intent === 'apply-again') {
      const sent = {
        name: formText(form, ORGANISATION_FIELDS.name).trim(),
        kind: formText(form, ORGANISATION_FIELDS.kind),
        municipalityCode: formText(form, ORGANISATION_FIELDS.municipality),
        website: formText(form, ORGANISATION_FIELDS.website).trim(),
      };
      const { fields, website } = organisationProblems(sent, m);
      const typed = (result: FormFailure) => ({
        ...keepingValues(result, form, Object.values(ORGANISATION_FIELDS)),
        intent,
      });
      if (Object.keys(fields).length > 0) return typed(failure(a.form.checkFields, fields));
      try {
        // The select offers the code list's kinds only; the server checks it all the same.
        const organisationSent = { ...sent, kind: sent.kind as OrganisationKind, website };
        const { state } = await applyAgain(organisation.id, { organisation: organisationSent }, { lang });
        forgetSession();
        return { ok: true, intent, state };
      } catch (error) {
        return typed(refusedWrite(error, request, lang));
      }
    }
    if (intent === 'cancel') {
      await cancelScheduledLeave(organisation.id, { lang });
      forgetSession();
      return { ok: true, intent, message: m.membership.cancelled };
    }
    throw data(null, { status: 400 });
  } catch (error) {
    return { ...refusedWrite(error, request, lang), intent };
  }
}
