/**
 * The fields of a vacancy, in five fieldsets (job, terms, workplace, applying, publication),
 * shared by the new and the edit page. The inputs keep what is typed (they are not reset
 * from the server), so a failed save never loses anyone's work.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { todayInNetherlands } from '@samenwerven/calendar';
import type { VacancyFieldName, Workplace } from '../../api/vacancy-management.ts';
import type { FieldMap } from '../../components/error-summary.tsx';
import { CheckboxField, RadioGroup, TextAreaField } from '../../components/form-controls.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { useTaxonomies } from '../../hooks/use-labels.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { VacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import { MAX_PLACES, placeField, type FormValues } from './vacancy-form-values.ts';
import { municipalityLabel } from '../../lib/municipality-label.ts';

const ID = 'vacancy';
export const fieldId = (name: string) => `${ID}-${name.replaceAll('.', '-')}`;

/**
 * The fields in the order the form shows them: the error summary lists its problems in this
 * order, so it reads as the form does. (The extra workplaces come after `additionalPlaces`.)
 */
const FORM_ORDER = [
  'title',
  'department',
  'category',
  'summary',
  'description',
  'educationLevel',
  'orEquivalent',
  'employmentType',
  'hoursMin',
  'hoursMax',
  'salaryScale',
  'salaryMin',
  'salaryMax',
  'municipalityCode',
  'postcode',
  'workMode',
  'additionalPlaces',
  'applyMethod',
  'applyUrl',
  'applyEmail',
  'contactName',
  'contactEmail',
  'contactPhone',
  'closingDate',
  'publishAt',
  'visibility',
  'publicFrom',
  'language',
  'externalId',
] as const satisfies readonly VacancyFieldName[];

/** The extra workplaces' fields, by index. */
function extraPlaceFields(v: VacancyManageMessages): FieldMap {
  const map: FieldMap = {};
  for (let i = 0; i < MAX_PLACES; i++) {
    map[placeField(i, 'municipalityCode')] = {
      id: fieldId(placeField(i, 'municipalityCode')),
      label: v.form.place.municipality(i + 1),
    };
    map[placeField(i, 'postcode')] = {
      id: fieldId(placeField(i, 'postcode')),
      label: v.form.place.postcode(i + 1).replace(/ \(.*\)$/, ''),
    };
  }
  return map;
}

/** Every field by its API name, in the form's order, for the error summary; extra workplaces by index. */
export function vacancyFieldMap(v: VacancyManageMessages): FieldMap {
  const map: FieldMap = {};
  // `names` has a label for every writable field of the API: one the order forgot still counts, last.
  const names = [...new Set<VacancyFieldName>([...FORM_ORDER, ...(Object.keys(v.names) as VacancyFieldName[])])];
  for (const name of names) {
    map[name] = { id: fieldId(name), label: v.names[name] };
    if (name === 'additionalPlaces') Object.assign(map, extraPlaceFields(v));
  }
  return map;
}

interface VacancyFormFieldsProps {
  values: FormValues;
  errors: Record<string, string>;
  /** The saved description, sanitised by the server; shown under the field. */
  savedDescription?: string | undefined;
  onPublishAtChange?: (value: string) => void;
  /** The vacancy is online or scheduled: a passed closing date stops a save, not only publishing. */
  live?: boolean;
  /** Said next to the publication moment (a scheduled vacancy whose moment is taken away goes online). */
  publishAtWarning?: string;
}

export function VacancyFormFields({
  values,
  errors,
  savedDescription,
  onPublishAtChange,
  live = false,
  publishAtWarning = '',
}: VacancyFormFieldsProps) {
  const { lang, v } = useVacancyManageI18n();
  const taxonomies = useTaxonomies();
  const f = v.form;
  const wired = fieldProps(vacancyFieldMap(v), errors);
  // The form's labels say more than the error summary's names ("(niet verplicht)"), and hint.
  const field = (name: VacancyFieldName) => ({
    ...wired(name),
    label: f.labels[name],
    hint: (f.hints as Partial<Record<VacancyFieldName, string>>)[name],
  });
  const municipalities = useMunicipalityOptions();
  // Said while typing, not only when publishing: a closing date that has passed (in the Netherlands).
  // Not before the year has four digits: while one is typed, a date field passes through 0002, 0020…
  const [closingDate, setClosingDate] = useState(values.closingDate);
  const closingDatePassed = closingDate >= '1000' && closingDate < todayInNetherlands();
  const scales = taxonomies?.salaryScales ?? Array.from({ length: 18 }, (_, i) => i + 1);
  // The vacancy's texts are in the language chosen below, whatever the page's: a screen reader
  // reads a Dutch title on an English page as Dutch (WCAG 3.1.2).
  const [chosenLang, setTextLang] = useState<Lang>(values.language === 'en' ? 'en' : 'nl');
  const textLang = chosenLang === lang ? undefined : chosenLang;

  return (
    <>
      <Group legend={f.groups.job}>
        <TextField {...field('title')} defaultValue={values.title} autoComplete="off" lang={textLang} />
        <TextField {...field('department')} defaultValue={values.department} autoComplete="off" lang={textLang} />
        <SelectField {...field('category')} defaultValue={values.category}>
          <option value="">{f.choose.category}</option>
          {(taxonomies?.categories ?? []).map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.label[lang]}
            </option>
          ))}
        </SelectField>
        <TextAreaField {...field('summary')} defaultValue={values.summary} rows={3} lang={textLang} />
        <TextAreaField
          {...field('description')}
          defaultValue={values.description}
          lang={textLang}
          rows={12}
          className="code"
          spellCheck
        />
        {savedDescription !== undefined ? (
          <HtmlPreview
            title={f.descriptionPreview}
            note={f.descriptionPreviewNote}
            html={savedDescription}
            lang={textLang}
          />
        ) : null}
      </Group>

      <Group legend={f.groups.terms}>
        <SelectField {...field('educationLevel')} defaultValue={values.educationLevel}>
          <option value="">{f.choose.educationLevel}</option>
          {(taxonomies?.educationLevels ?? []).map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.label[lang]}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id={fieldId('orEquivalent')}
          name="orEquivalent"
          label={f.labels.orEquivalent}
          defaultChecked={values.orEquivalent}
        />
        <SelectField {...field('employmentType')} defaultValue={values.employmentType}>
          <option value="">{f.choose.employmentType}</option>
          {(taxonomies?.employmentTypes ?? []).map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.label[lang]}
            </option>
          ))}
        </SelectField>
        <div className="field-row">
          <TextField
            {...field('hoursMin')}
            defaultValue={values.hoursMin}
            inputMode="numeric"
            className="input-short"
            autoComplete="off"
          />
          <TextField
            {...field('hoursMax')}
            defaultValue={values.hoursMax}
            inputMode="numeric"
            className="input-short"
            autoComplete="off"
          />
        </div>
        <SelectField {...field('salaryScale')} defaultValue={values.salaryScale}>
          <option value="">{f.noScale}</option>
          {scales.map((scale) => (
            <option key={scale} value={scale}>
              {f.scale(scale)}
            </option>
          ))}
        </SelectField>
        <div className="field-row">
          <TextField
            {...field('salaryMin')}
            defaultValue={values.salaryMin}
            inputMode="numeric"
            className="input-short"
            autoComplete="off"
          />
          <TextField
            {...field('salaryMax')}
            defaultValue={values.salaryMax}
            inputMode="numeric"
            className="input-short"
            autoComplete="off"
          />
        </div>
      </Group>

      <Group legend={f.groups.place}>
        <SelectField {...field('municipalityCode')} defaultValue={values.municipalityCode}>
          <option value="">{f.choose.municipality}</option>
          {municipalities}
        </SelectField>
        <TextField
          {...field('postcode')}
          defaultValue={values.postcode}
          inputMode="numeric"
          maxLength={4}
          className="input-short"
          autoComplete="off"
        />
        <SelectField {...field('workMode')} defaultValue={values.workMode}>
          {(taxonomies?.workModes ?? [{ code: 'on_site', label: { nl: 'Op locatie', en: 'On site' } }]).map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.label[lang]}
            </option>
          ))}
        </SelectField>
        <ExtraPlaces initial={values.additionalPlaces} field={wired} municipalities={municipalities} />
      </Group>

      <Group legend={f.groups.apply}>
        <RadioGroup
          {...field('applyMethod')}
          defaultValue={values.applyMethod}
          options={(['portal', 'url', 'email'] as const).map((value) => ({ value, label: f.applyMethods[value] }))}
        />
        <TextField
          {...field('applyUrl')}
          type="url"
          defaultValue={values.applyUrl}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          {...field('applyEmail')}
          type="email"
          defaultValue={values.applyEmail}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField {...field('contactName')} defaultValue={values.contactName} autoComplete="off" />
        <TextField
          {...field('contactEmail')}
          type="email"
          defaultValue={values.contactEmail}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField {...field('contactPhone')} type="tel" defaultValue={values.contactPhone} autoComplete="off" />
      </Group>

      <Group legend={f.groups.publication}>
        <TextField
          {...field('closingDate')}
          type="date"
          defaultValue={values.closingDate}
          className="input-date"
          warning={closingDatePassed ? f.closingDatePassed[live ? 'live' : 'draft'] : ''}
          onChange={(event) => setClosingDate(event.currentTarget.value)}
        />
        <TextField
          {...field('publishAt')}
          type="datetime-local"
          defaultValue={values.publishAt}
          className="input-date"
          warning={publishAtWarning}
          onChange={(event) => onPublishAtChange?.(event.currentTarget.value)}
        />
        <RadioGroup
          {...field('visibility')}
          defaultValue={values.visibility}
          options={(['public', 'internal'] as const).map((value) => ({ value, label: f.visibilities[value] }))}
        />
        <TextField
          {...field('publicFrom')}
          type="datetime-local"
          defaultValue={values.publicFrom}
          className="input-date"
        />
        <SelectField
          {...field('language')}
          defaultValue={values.language}
          onChange={(event) => setTextLang(event.target.value === 'en' ? 'en' : 'nl')}
        >
          {(['nl', 'en'] as const).map((code) => (
            // The names are in the page's language ("Dutch" on an English page): no lang of their own.
            <option key={code} value={code}>
              {f.languages[code]}
            </option>
          ))}
        </SelectField>
        <TextField {...field('externalId')} defaultValue={values.externalId} autoComplete="off" />
      </Group>
    </>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The 342 municipalities as options, by province and then by name. */
function useMunicipalityOptions(): ReactNode {
  const taxonomies = useTaxonomies();
  const { lang } = useVacancyManageI18n();
  return useMemo(() => {
    const collator = new Intl.Collator(lang === 'en' ? 'en-GB' : 'nl-NL');
    const byRegion = new Map<string, { code: string; name: string }[]>();
    for (const m of taxonomies?.municipalities ?? []) {
      const list = byRegion.get(m.region) ?? [];
      list.push(m);
      byRegion.set(m.region, list);
    }
    return [...byRegion.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([region, list]) => (
        <optgroup key={region} label={region}>
          {list
            .map((m) => ({ code: m.code, label: municipalityLabel(m.name) }))
            .sort((a, b) => collator.compare(a.label, b.label))
            .map((m) => (
              <option key={m.code} value={m.code}>
                {m.label}
              </option>
            ))}
        </optgroup>
      ));
  }, [taxonomies, lang]);
}

interface ExtraPlacesProps {
  initial: Workplace[];
  field: ReturnType<typeof fieldProps>;
  municipalities: ReactNode;
}

/**
 * Up to ten more workplaces, each a municipality and an optional postcode. Adding one moves
 * focus to its municipality; removing one moves focus to the add button.
 */
function ExtraPlaces({ initial, field, municipalities }: ExtraPlacesProps) {
  const { v } = useVacancyManageI18n();
  const f = v.form;
  const [rows, setRows] = useState(() =>
    initial.map(({ municipalityCode, postcode }, key) => ({ key, place: { municipalityCode, postcode } })),
  );
  const [nextKey, setNextKey] = useState(initial.length);
  const focusNext = useRef<'last' | 'add' | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const hintId = `${fieldId('additionalPlaces')}-hint`;
  const groupError = field('additionalPlaces').error;

  useEffect(() => {
    if (focusNext.current === 'last') {
      const selects = listRef.current?.querySelectorAll('select');
      selects?.[selects.length - 1]?.focus();
    } else if (focusNext.current === 'add') {
      addRef.current?.focus();
    }
    focusNext.current = null;
  }, [rows]);

  const add = () => {
    focusNext.current = 'last';
    setRows((current) => [...current, { key: nextKey, place: { municipalityCode: '', postcode: null } }]);
    setNextKey((key) => key + 1);
  };
  const remove = (key: number) => {
    focusNext.current = 'add';
    setRows((current) => current.filter((row) => row.key !== key));
  };

  return (
    <fieldset
      className={groupError ? 'field places field-invalid' : 'field places'}
      id={fieldId('additionalPlaces')}
      tabIndex={-1}
      aria-describedby={hintId}
    >
      <legend className="field-label">{f.labels.additionalPlaces}</legend>
      <p className="field-hint" id={hintId}>
        {f.hints.additionalPlaces}
      </p>
      {groupError ? <p className="field-error">{groupError}</p> : null}
      <div ref={listRef}>
        {rows.map((row, index) => {
          const municipality = placeField(index, 'municipalityCode');
          const postcode = placeField(index, 'postcode');
          return (
            <div className="place" key={row.key} role="group" aria-label={f.place.legend(index + 1)}>
              <SelectField {...field(municipality)} defaultValue={row.place.municipalityCode}>
                <option value="">{f.choose.municipality}</option>
                {municipalities}
              </SelectField>
              <TextField
                {...field(postcode)}
                label={f.place.postcode(index + 1)}
                defaultValue={row.place.postcode ?? ''}
                inputMode="numeric"
                maxLength={4}
                className="input-short"
                autoComplete="off"
              />
              <button type="button" className="button button-secondary button-small" onClick={() => remove(row.key)}>
                {f.place.remove(index + 1)}
              </button>
            </div>
          );
        })}
      </div>
      {rows.length < MAX_PLACES ? (
        <button type="button" ref={addRef} className="button button-secondary button-small" onClick={add}>
          {f.place.add}
        </button>
      ) : (
        <p className="muted" tabIndex={-1}>
          {f.place.max}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Server-sanitised HTML (the one kind of HTML this app renders) as candidates will see it,
 * titled without a heading of its own: it sits inside a form.
 */
export function HtmlPreview({
  title,
  note,
  html,
  lang,
}: {
  title: string;
  note?: string;
  html: string;
  /** The text's language, when it is not the page's (a Dutch description on an English page). */
  lang?: string | undefined;
}) {
  const { v } = useVacancyManageI18n();
  const titleId = useId();
  return (
    <div className="html-preview" role="group" aria-labelledby={titleId}>
      <p className="html-preview-title" id={titleId}>
        {title}
      </p>
      {note ? <p className="field-hint">{note}</p> : null}
      {html.trim() ? (
        <div className="prose html-preview-body" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="muted">{v.htmlPreviewEmpty}</p>
      )}
    </div>
  );
}
