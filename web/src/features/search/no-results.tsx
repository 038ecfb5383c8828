import { Link } from 'react-router';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { filterLabel, type FilterLabelContext } from './filter-label.ts';
import type { Relaxation } from './search-loader.ts';

interface NoResultsProps {
  address: URLSearchParams;
  relaxations: readonly Relaxation[];
  context: FilterLabelContext;
}

/** Help for an empty result: each filter (or the words) that, left out, would find vacancies, with how many. */
export function NoResults({ address, relaxations, context }: NoResultsProps) {
  const { lang, t, format } = useI18n();
  return (
    <div className="no-results">
      <p>{t.search.noResults}</p>
      {relaxations.length > 0 ? (
        <>
          <p>{t.search.relaxIntro}</p>
          <ul className="link-list relaxations">
            {relaxations.map((relaxation) => (
              <li key={`${relaxation.filter.key}=${relaxation.filter.value}`}>
                <Link to={{ pathname: paths.home(lang), search: relaxation.search }}>
                  {relaxation.filter.key === 'q'
                    ? t.search.relaxWithoutWords(relaxation.filter.value)
                    : t.search.relaxWithout(filterLabel(relaxation.filter, address, context))}
                </Link>{' '}
                <span className="facet-count">
                  ({t.search.relaxCount(relaxation.total, format.number(relaxation.total))})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
