/** The fields of what an organisation applies with (applying-organisation.ts), to fill in or correct. */
import { useMemo } from 'react';
import { SelectField, TextField } from './form-fields.tsx';
import { useTaxonomies } from '../hooks/use-labels.ts';
import type { MembershipMessages } from '../i18n/membership-messages.ts';
import type { Lang } from '../i18n/lang.ts';
import { municipalityLabel } from '../lib/municipality-label.ts';
import { ORGANISATION_FIELDS, type OrganisationField } from '../lib/applying-organisation.ts';

export function OrganisationFields({
  field,
  value,
  lang,
  m,
}: {
  /** A field's id, name, label and error (`fieldProps` of a map with `organisationFieldMap`'s fields). */
  field: (name: OrganisationField) => { id: string; name: string; label: string; error: string | undefined };
  /** What a field shows at first: what was typed before, or what the organisation has. */
  value: (name: OrganisationField) => string;
  lang: Lang;
  m: MembershipMessages;
}) {
  const taxonomies = useTaxonomies();
  const f = m.join.fields;
  const municipalities = useMemo(
    () =>
      (taxonomies?.municipalities ?? [])
        .map((m) => ({ code: m.code, label: municipalityLabel(m.name) }))
        .sort((x, y) => x.label.localeCompare(y.label, 'nl')),
    [taxonomies],
  );
  return (
    <>
      <TextField
        {...field(ORGANISATION_FIELDS.name)}
        autoComplete="organization"
        maxLength={200}
        hint={f.nameHint}
        defaultValue={value(ORGANISATION_FIELDS.name)}
      />
      <SelectField {...field(ORGANISATION_FIELDS.kind)} defaultValue={value(ORGANISATION_FIELDS.kind)}>
        <option value="">{f.kindChoose}</option>
        {(taxonomies?.organisationKinds ?? []).map((kind) => (
          <option key={kind.code} value={kind.code}>
            {kind.label[lang]}
          </option>
        ))}
      </SelectField>
      <SelectField
        {...field(ORGANISATION_FIELDS.municipality)}
        defaultValue={value(ORGANISATION_FIELDS.municipality)}
        hint={f.municipalityHint}
      >
        <option value="">{f.municipalityChoose}</option>
        {municipalities.map((municipality) => (
          <option key={municipality.code} value={municipality.code}>
            {municipality.label}
          </option>
        ))}
      </SelectField>
      <TextField
        {...field(ORGANISATION_FIELDS.website)}
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        autoCapitalize="none"
        maxLength={500}
        hint={f.websiteHint}
        defaultValue={value(ORGANISATION_FIELDS.website)}
      />
    </>
  );
}
