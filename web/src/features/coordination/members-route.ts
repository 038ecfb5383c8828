import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import {
  changeMembership,
  listCoordinatedOrganisations,
  setCostWeight,
  type CoordinatedOrganisation,
  type MembershipChange,
} from '../../api/membership.ts';
import { onSessionEnd, refusedWrite, requireUser, sessionEnded, userForWrite } from '../../lib/guards.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import { failure, formText } from '../../lib/form-result.ts';
import { reasonFrom, type DecisionResult } from './coordination-route.ts';

export interface MembersData {
  organisations: CoordinatedOrganisation[];
}

/** /coordinatie/leden: every organisation with its membership. */
export async function membersLoader({ request }: LoaderFunctionArgs): Promise<MembersData> {
  await requireUser(request, ['coordinator']);
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    const { items } = await listCoordinatedOrganisations({ lang, signal: request.signal });
    return { organisations: items };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}

const CHANGES: readonly MembershipChange[] = ['suspend', 'reinstate', 'rejoin', 'end'];
const isChange = (value: string): value is MembershipChange => (CHANGES as readonly string[]).includes(value);

export type MembersResult = DecisionResult & { intent?: string };

/** Suspend, reinstate, re-admit or end a member (with a reason), or change its cost weight. */
export async function membersAction({ request }: ActionFunctionArgs): Promise<MembersResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!(await userForWrite(request, ['coordinator']))) return sessionEnded(lang);
  const m = membershipMessages[lang].members;
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const orgId = formText(form, 'orgId');
  try {
    if (intent === 'weight') {
      const text = formText(form, 'costWeight').trim();
      const weight = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
      if (!(weight >= 0 && weight <= 1000)) return failure(m.weightInvalid, { costWeight: m.weightInvalid });
      await setCostWeight(orgId, weight, { lang });
      return { ok: true, intent, message: m.saved };
    }
    if (!isChange(intent)) throw data(null, { status: 400 });
    await changeMembership(orgId, intent, reasonFrom(form), { lang });
    return { ok: true, intent, message: m.done[intent](formText(form, 'name')) };
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}
