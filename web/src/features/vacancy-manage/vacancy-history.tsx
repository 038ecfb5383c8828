/**
 * The history of a vacancy: who did what and when, newest first, with each changed field
 * in plain words ("Functietitel: van ‘A’ naar ‘B’").
 */
import { Link } from 'react-router';
import type { HistoryEntry, VacancyFieldName } from '../../api/vacancy-management.ts';
import { useLabels, useTaxonomies } from '../../hooks/use-labels.ts';
import { paths } from '../../i18n/paths.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { stateLabel } from '../../i18n/vacancy-manage-messages.ts';
import { formatMoment } from '../../i18n/format.ts';

/** Column names of the history, where they differ from the form's field names. */
const COLUMN_FIELDS: Record<string, string> = { categoryCode: 'category' };
/** Actions whose field changes are worth listing; for the others the action says it all. */
const LISTS_CHANGES = new Set(['updated', 'upserted']);
const MAX_TEXT = 120;

export const fieldOfColumn = (column: string) => COLUMN_FIELDS[column] ?? column;

/** The fields an entry changed, by form field name. */
export function changedFields(entry: HistoryEntry): string[] {
  return Object.keys(entry.changes).map(fieldOfColumn);
}

function changePair(value: unknown): [unknown, unknown] | null {
  return Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : null;
}

/** A field's name in plain words. */
export function useFieldName(): (field: string) => string {
  const { v } = useVacancyManageI18n();
  return (field) => (v.names as Record<string, string>)[field] ?? v.otherNames[field] ?? field;
}

interface VacancyHistoryProps {
  history: HistoryEntry[];
  meId: string;
  staffNames: Record<string, string>;
}

export function VacancyHistory({ history, meId, staffNames }: VacancyHistoryProps) {
  const { lang, v } = useVacancyManageI18n();
  const h = v.history;
  const describe = useValueText();
  const fieldName = useFieldName();
  const entries = [...history].reverse();

  const who = (entry: HistoryEntry) => {
    if (!entry.actor) return h.system;
    // Which key: its name and first characters, as the API-keys page lists them.
    if (entry.actor.kind === 'api_key') return h.apiKey(entry.actor.name, entry.actor.prefix ?? '');
    if (entry.actor.id === meId) return h.you;
    return staffNames[entry.actor.id] ?? h.colleague;
  };
  const actionLabel = (entry: HistoryEntry) => {
    const state = changePair(entry.changes['state']);
    if (entry.action === 'publish' && state?.[1] === 'scheduled') return h.actions['schedule'] ?? entry.action;
    return h.actions[entry.action] ?? entry.action;
  };

  return (
    <section className="page-section history" aria-labelledby="vacancy-history">
      <h2 id="vacancy-history">{h.title}</h2>
      {entries.length === 0 ? (
        <p>{h.empty}</p>
      ) : (
        <>
          <p>{h.intro}</p>
          <ol className="history-list">
            {entries.map((entry) => {
              const source = entry.action === 'duplicated' ? changePair(entry.changes['duplicatedFrom'])?.[1] : null;
              const changes = LISTS_CHANGES.has(entry.action)
                ? Object.entries(entry.changes).flatMap(([column, value]) => {
                    const pair = changePair(value);
                    return pair ? [{ field: fieldOfColumn(column), before: pair[0], after: pair[1] }] : [];
                  })
                : [];
              return (
                <li key={`${entry.version}-${entry.at}-${entry.action}`} className="history-entry">
                  <p className="history-what">
                    <strong>{actionLabel(entry)}</strong> {h.by} {who(entry)}
                    <span className="history-when">
                      <time dateTime={entry.at}>{formatMoment(lang, entry.at)}</time>, {h.version(entry.version)}
                    </span>
                  </p>
                  {typeof source === 'string' ? (
                    <p>
                      <Link to={paths.manageVacancy(lang, source)}>{h.original}</Link>
                    </p>
                  ) : null}
                  {changes.length > 0 ? (
                    <ul className="history-changes">
                      {changes.map(({ field, before, after }) => (
                        <li key={field}>
                          {field === 'description'
                            ? h.textChanged(fieldName(field))
                            : h.change(fieldName(field), describe(field, before), describe(field, after))}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/** A field's value in words: labels for codes, dates as dates, text quoted and shortened. */
function useValueText(): (field: string, value: unknown) => string {
  const { lang, v, format } = useVacancyManageI18n();
  const labels = useLabels();
  const taxonomies = useTaxonomies();
  const h = v.history;
  const municipality = (code: string) => taxonomies?.municipalities.find((m) => m.code === code)?.name ?? code;
  const quoted = (text: string) => h.quoted(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

  return (field, value) => {
    if (value === null || value === undefined || value === '') return h.empty_value;
    if (typeof value === 'boolean') return value ? h.yes : h.no;
    const name = field as VacancyFieldName | 'state';
    if (Array.isArray(value)) {
      if (value.length === 0) return h.empty_value;
      return value
        .map((place: { municipalityCode?: string; postcode?: string | null }) =>
          [municipality(place.municipalityCode ?? ''), place.postcode].filter(Boolean).join(' '),
        )
        .join(', ');
    }
    const text = String(value);
    switch (name) {
      case 'category':
        return labels.category(text);
      case 'educationLevel':
        return labels.educationLevel(text);
      case 'employmentType':
        return labels.employmentType(text);
      case 'workMode':
        return labels.workMode(text);
      case 'applyMethod':
        return (v.form.applyMethods as Record<string, string>)[text] ?? text;
      case 'visibility':
        return (v.form.visibilities as Record<string, string>)[text] ?? text;
      case 'language':
        return (v.form.languages as Record<string, string>)[text] ?? text;
      case 'state':
        return stateLabel(v, text);
      case 'municipalityCode':
        return municipality(text);
      case 'closingDate':
        return format.date(text);
      case 'publishAt':
      case 'publicFrom':
        return formatMoment(lang, text);
      case 'salaryMin':
      case 'salaryMax':
        return typeof value === 'number' ? format.money(value) : text;
      case 'hoursMin':
      case 'hoursMax':
      case 'salaryScale':
        return text;
      default:
        return quoted(text);
    }
  };
}
