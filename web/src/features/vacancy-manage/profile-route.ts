/** Loader and action of /beheer/profiel: the employer profile and the logo. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import {
  getEmployerProfile,
  isLogoType,
  LOGO_MAX_BYTES,
  removeLogo,
  updateEmployerProfile,
  uploadLogo,
  type EmployerProfile,
} from '../../api/employer-profile.ts';
import type { Me } from '../../api/types.ts';
import { endedSession, onSessionEnd, requireStaff, sessionEnded, staffForWrite } from '../../lib/guards.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { formatters } from '../../i18n/format.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { vacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import { failure, failureFrom, formText, type FormFailure } from '../../lib/form-result.ts';
import { normaliseWebsite } from '../../lib/website.ts';

export interface ProfileData {
  me: Me;
  organisation: NonNullable<Me['organisation']>;
  profile: EmployerProfile;
}

export async function profileLoader({ request }: LoaderFunctionArgs): Promise<ProfileData> {
  const { me, organisation } = await requireStaff(request);
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    return { me, organisation, profile: await getEmployerProfile(organisation.id, { lang, signal: request.signal }) };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}

export type ProfileIntent = 'details' | 'logo' | 'removeLogo';
export type ProfileResult =
  | { ok: true; intent: 'details'; message: string; profile: EmployerProfile }
  | { ok: true; intent: Exclude<ProfileIntent, 'details'>; message: string }
  | FormFailure;

/** The three forms of the page, told apart by `intent`. */
export async function profileAction({ request }: ActionFunctionArgs): Promise<ProfileResult> {
  const staff = await staffForWrite(request);
  const lang = langFromPathname(new URL(request.url).pathname);
  // The session ended meanwhile: the texts typed stay on the page (see keep-form.ts).
  if (!staff) return sessionEnded(lang);
  const { organisation } = staff;
  const v = vacancyManageMessages[lang];
  const options = { lang };
  const form = await request.formData();
  const intent = formText(form, 'intent');
  try {
    if (intent === 'details') {
      const typedWebsite = formText(form, 'website').trim();
      const website = typedWebsite ? normaliseWebsite(typedWebsite) : null;
      if (typedWebsite && website === null) {
        return failure(v.check.fields, { website: v.profile.websiteInvalid });
      }
      const profile = await updateEmployerProfile(
        organisation.id,
        {
          description: formText(form, 'description'),
          offer: formText(form, 'offer'),
          website,
          // The version the form was loaded at: someone else's save since then is refused (409).
          version: Number(formText(form, 'version')) || undefined,
        },
        options,
      );
      return { ok: true, intent, message: v.profile.saved, profile };
    }
    if (intent === 'logo') {
      // Checked here first, so nobody waits for an upload the server would refuse.
      const file = form.get('logo');
      if (!(file instanceof File) || (file.size === 0 && file.name === ''))
        return failure(v.profile.logoFailed, { logo: v.profile.noFile });
      if (file.size === 0) return failure(v.profile.logoFailed, { logo: v.profile.emptyFile });
      if (!isLogoType(file.type)) return failure(v.profile.logoFailed, { logo: v.profile.wrongType });
      if (file.size > LOGO_MAX_BYTES) {
        const size = `${formatters(lang).number(Math.ceil(file.size / 1024))} kB`;
        return failure(v.profile.logoFailed, { logo: v.profile.tooLarge(size) });
      }
      await uploadLogo(organisation.id, file, file.type, options);
      return { ok: true, intent, message: v.profile.uploaded };
    }
    if (intent === 'removeLogo') {
      await removeLogo(organisation.id, options);
      return { ok: true, intent, message: v.profile.removed };
    }
    throw data(null, { status: 400 });
  } catch (error) {
    if (endedSession(error)) return sessionEnded(lang);
    onSessionEnd(error, request);
    const refused = failureFrom(error, accountMessages[lang].form.offline);
    // The server's refusal of a logo is said as the page's own checks say theirs (a staff review:
    // "Niet alle velden zijn goed ingevuld" for the one field there is).
    return intent === 'logo' && Object.keys(refused.fields).length > 0
      ? { ...refused, message: v.profile.logoFailed }
      : refused;
  }
}
