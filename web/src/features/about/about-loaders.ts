import type { LoaderFunctionArgs } from 'react-router';
import { loadContact } from '../../api/contact.ts';
import { getOrganisations } from '../../api/organisations.ts';
import type { AllianceContact, OrganisationList } from '../../api/types.ts';
import { langFromPathname } from '../../i18n/lang.ts';

/** The accessibility statement and the contact page: the alliance office's details. */
export interface ContactData {
  contact: AllianceContact;
}

/** The about page: the alliance office, and the members as the public list has them (active ones only). */
export interface AboutData extends ContactData {
  members: OrganisationList;
}

export async function contactLoader({ request }: LoaderFunctionArgs): Promise<ContactData> {
  return { contact: await loadContact({ lang: langFromPathname(new URL(request.url).pathname) }) };
}

export async function aboutLoader({ request }: LoaderFunctionArgs): Promise<AboutData> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const [contact, members] = await Promise.all([
    loadContact({ lang }),
    getOrganisations({ lang, signal: request.signal }),
  ]);
  return { contact, members };
}
