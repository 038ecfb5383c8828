import { useState, type ChangeEvent } from 'react';
import { useFollowedValue } from '../../hooks/use-followed-value.ts';
import type { FacetCounts } from '../../api/types.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import {
  countAtLeast,
  DEFAULT_RADIUS_KM,
  HOURS_CHOICES,
  RADIUS_CHOICES,
  SALARY_CHOICES,
  SCALE_CHOICES,
} from './search-params.ts';

type ControlChange = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;

/**
 * The values offered, plus any chosen on this page that is none of them (from a shared link), so
 * that it stays chosen when the form is sent again, and stays offered once another is chosen:
 * the arrow keys walk a group of radio buttons (and a closed select), and a value that vanished
 * as they moved off it could not be chosen back. `chosen` is a cleaned value or ''.
 */
function useOffered(choices: readonly number[], chosen: string): number[] {
  const value = Number(chosen);
  const another = chosen !== '' && !choices.includes(value);
  const [kept, setKept] = useState<readonly number[]>(another ? [value] : []);
  // One chosen later is added while rendering (React's pattern for state that follows a prop).
  if (another && !kept.includes(value)) setKept([...kept, value]);
  return [...choices, ...kept].sort((a, b) => a - b);
}

interface AtLeastGroupProps {
  name: 'hoursMin' | 'scaleMin';
  legend: string;
  choices: readonly number[];
  label: (n: number) => string;
  counts: FacetCounts;
  /** The chosen value from the address, or '' for none. */
  chosen: string;
  onChange: ControlChange;
}

/**
 * "At least N" as radio buttons, each with the number of results it gives, 0 too: a group of
 * radio buttons is walked with the arrow keys, and an option left out at 0 is one they skip.
 */
function AtLeastGroup({ name, legend, choices, label, counts, chosen, onChange }: AtLeastGroupProps) {
  const { t, format } = useI18n();
  const options = [
    { value: '', label: t.search.ranges.any, count: null },
    ...useOffered(choices, chosen).map((n) => ({ value: String(n), label: label(n), count: countAtLeast(counts, n) })),
  ];
  return (
    <fieldset className="facet" data-facet={name}>
      <legend>{legend}</legend>
      <ul className="facet-options">
        {options.map((option) => {
          const id = `facet-${name}-${option.value || 'any'}`;
          return (
            <li key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={chosen === option.value}
                onChange={onChange}
              />
              <label htmlFor={id}>
                {option.label}
                {option.count === null ? null : (
                  <>
                    {' '}
                    <span className="facet-count">{t.search.facetCount(format.number(option.count))}</span>
                  </>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function HoursFilter(props: { counts: FacetCounts; chosen: string; onChange: ControlChange }) {
  const { t } = useI18n();
  return (
    <AtLeastGroup
      name="hoursMin"
      legend={t.search.ranges.hours}
      choices={HOURS_CHOICES}
      label={t.search.ranges.hoursAtLeast}
      {...props}
    />
  );
}

export function ScaleFilter(props: { counts: FacetCounts; chosen: string; onChange: ControlChange }) {
  const { t } = useI18n();
  return (
    <AtLeastGroup
      name="scaleMin"
      legend={t.search.ranges.scale}
      choices={SCALE_CHOICES}
      label={t.search.ranges.scaleAtLeast}
      {...props}
    />
  );
}

export function SalaryFilter({ chosen, onChange }: { chosen: string; onChange: ControlChange }) {
  const { t, format } = useI18n();
  const offered = useOffered(SALARY_CHOICES, chosen);
  return (
    <div className="facet field" data-facet="salaryMin">
      <label htmlFor="search-salary" className="field-label">
        {t.search.ranges.salary}
      </label>
      <select id="search-salary" name="salaryMin" value={chosen} onChange={onChange}>
        <option value="">{t.search.ranges.any}</option>
        {offered.map((amount) => (
          <option key={amount} value={amount}>
            {t.search.ranges.salaryAtLeast(format.money(amount))}
          </option>
        ))}
      </select>
    </div>
  );
}

interface DistanceFilterProps {
  place: string;
  radiusKm: string;
  unknownPlace: string | null;
  /** Names offered while typing a place (the member municipalities of the Netherlands). */
  placeNames: readonly string[];
  onChange: ControlChange;
}

/**
 * A place or postcode with a radius. The place applies when the form is sent (Enter or the
 * button), not per keystroke; the radius applies at once when a place is set.
 */
export function DistanceFilter({ place, radiusKm, unknownPlace, placeNames, onChange }: DistanceFilterProps) {
  const { t, format } = useI18n();
  const radius = RADIUS_CHOICES.map(String).includes(radiusKm) ? radiusKm : String(DEFAULT_RADIUS_KM);
  const [placesWanted, setPlacesWanted] = useState(false);
  const nearField = useFollowedValue<HTMLInputElement>(place);
  // Not remounted by the radius (`key`): that took the focus from someone choosing with the arrow keys.
  const radiusField = useFollowedValue<HTMLSelectElement>(radius);
  return (
    <fieldset className="facet distance" data-facet="near">
      <legend>{t.search.ranges.distance}</legend>
      <div className={unknownPlace ? 'field field-invalid' : 'field'}>
        <label htmlFor="search-near" className="field-label">
          {t.search.ranges.place}
        </label>
        <p id="search-near-hint" className="field-hint">
          {t.search.ranges.placeHint}
        </p>
        {unknownPlace ? (
          <p id="search-near-error" className="field-error">
            {t.search.ranges.unknownPlace(unknownPlace)}
          </p>
        ) : null}
        <input
          id="search-near"
          name="near"
          type="text"
          list="search-near-places"
          autoComplete="off"
          defaultValue={place}
          ref={nearField}
          maxLength={100}
          aria-describedby={unknownPlace ? 'search-near-hint search-near-error' : 'search-near-hint'}
          aria-invalid={unknownPlace ? true : undefined}
          onFocus={() => setPlacesWanted(true)}
        />
        {/* Filled on first focus: hundreds of options the first render of the page can do without. */}
        <datalist id="search-near-places">
          {placesWanted ? placeNames.map((name) => <option key={name} value={name} />) : null}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="search-radius" className="field-label">
          {t.search.ranges.radius}
        </label>
        <select
          id="search-radius"
          name="radiusKm"
          defaultValue={radius}
          ref={radiusField}
          onChange={(event) => {
            // Without a place a radius means nothing yet: it applies with the place.
            const near = event.currentTarget.form?.elements.namedItem('near');
            if (near instanceof HTMLInputElement && near.value.trim()) onChange(event);
          }}
        >
          {RADIUS_CHOICES.map((km) => (
            <option key={km} value={km}>
              {t.search.ranges.radiusKm(format.number(km))}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
