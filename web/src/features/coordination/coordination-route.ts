import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import {
  decideApplication,
  listApplications,
  type ApplicationDecision,
  type MembershipApplication,
} from '../../api/membership.ts';
import type { Me } from '../../api/types.ts';
import { onSessionEnd, refusedWrite, requireUser, sessionEnded, userForWrite } from '../../lib/guards.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import { formText, type FormFailure } from '../../lib/form-result.ts';

export interface CoordinationData {
  me: Me;
}

const COORDINATOR = ['coordinator'] as const;

/** /coordinatie and everything under it: the alliance office's coordinators only. */
export async function coordinationLoader({ request }: LoaderFunctionArgs): Promise<CoordinationData> {
  return { me: await requireUser(request, COORDINATOR) };
}

/** What a coordinator's action answers: what to tell them. */
export type DecisionResult = { ok: true; message: string } | FormFailure;

/** A reason as typed (one too long is the API's to refuse, by its field), or null when none was given. */
export function reasonFrom(form: FormData): string | null {
  return formText(form, 'reason').trim() || null;
}

export interface ApplicationsData {
  pending: MembershipApplication[];
  decided: MembershipApplication[];
}

/** /coordinatie: the applications, those awaiting a decision apart from the decided ones. */
export async function applicationsLoader({ request }: LoaderFunctionArgs): Promise<ApplicationsData> {
  await requireUser(request, COORDINATOR);
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    const { items } = await listApplications({ lang, signal: request.signal });
    return {
      pending: items.filter((item) => item.state === 'pending'),
      decided: items.filter((item) => item.state !== 'pending'),
    };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}

const isDecision = (value: string): value is ApplicationDecision => value === 'approve' || value === 'reject';

/** Admits or rejects an application, with an optional reason. */
export async function applicationsAction({ request }: ActionFunctionArgs): Promise<DecisionResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!(await userForWrite(request, COORDINATOR))) return sessionEnded(lang);
  const m = membershipMessages[lang].applications;
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const name = formText(form, 'name');
  if (!isDecision(intent)) throw data(null, { status: 400 });
  try {
    await decideApplication(formText(form, 'id'), intent, reasonFrom(form), { lang });
    return { ok: true, message: intent === 'approve' ? m.approved(name) : m.rejected(name) };
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}
