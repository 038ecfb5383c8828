/**
 * What an organisation applies to join with (its name, kind, place and website), as a form
 * asks it: on the join form, and on the membership page of one the alliance turned down, to
 * correct before it applies again. The fields themselves: components/organisation-fields.tsx.
 */
import type { MembershipMessages } from '../i18n/membership-messages.ts';
import { normaliseWebsite } from './website.ts';

/** The form's field names are the API's, so the server's `fields` land on the right control. */
export const ORGANISATION_FIELDS = {
  name: 'organisation.name',
  kind: 'organisation.kind',
  municipality: 'organisation.municipalityCode',
  website: 'organisation.website',
} as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[keyof typeof ORGANISATION_FIELDS];

/** The fields' ids and labels, for the fields and the error summary that links to them. */
export function organisationFieldMap(idPrefix: string, m: MembershipMessages) {
  const f = m.join.fields;
  return {
    [ORGANISATION_FIELDS.name]: { id: `${idPrefix}-name`, label: f.name },
    [ORGANISATION_FIELDS.kind]: { id: `${idPrefix}-kind`, label: f.kind },
    [ORGANISATION_FIELDS.municipality]: { id: `${idPrefix}-municipality`, label: f.municipality },
    [ORGANISATION_FIELDS.website]: { id: `${idPrefix}-website`, label: f.website },
  };
}

/**
 * What is wrong with the organisation's details as sent, by field, in one round (the portal's
 * own rules: a name of two characters or more, a website the portal can link to), and the
 * website as the API takes it (null for none).
 */
export function organisationProblems(
  values: { name: string; kind: string; municipalityCode: string; website: string },
  m: MembershipMessages,
): { fields: Record<string, string>; website: string | null } {
  const j = m.join;
  const fields: Record<string, string> = {};
  if (!values.name) fields[ORGANISATION_FIELDS.name] = j.required.name;
  else if ([...values.name].length < 2) fields[ORGANISATION_FIELDS.name] = j.nameTooShort;
  if (!values.kind) fields[ORGANISATION_FIELDS.kind] = j.required.kind;
  if (!values.municipalityCode) fields[ORGANISATION_FIELDS.municipality] = j.required.municipality;
  const website = values.website ? normaliseWebsite(values.website) : null;
  if (values.website && !website) fields[ORGANISATION_FIELDS.website] = j.websiteInvalid;
  return { fields, website };
}
