import type { ChangeEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { FacetKey } from './search-params.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetGroupProps {
  name: FacetKey;
  legend: string;
  options: readonly FacetOption[];
  selected: ReadonlySet<string>;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** One filter as a group of checkboxes; its values are fields of the search form. */
export function FacetGroup({ name, legend, options, selected, onChange }: FacetGroupProps) {
  const { t, format } = useI18n();
  if (options.length === 0) return null;
  return (
    <fieldset className="facet" data-facet={name}>
      <legend>{legend}</legend>
      <ul className="facet-options">
        {options.map((option, index) => {
          const id = `facet-${name}-${index}`;
          return (
            <li key={option.value}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                checked={selected.has(option.value)}
                onChange={onChange}
              />
              <label htmlFor={id}>
                {option.label} <span className="facet-count">{t.search.facetCount(format.number(option.count))}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
