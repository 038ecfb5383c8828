import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '../../api/types.ts';
import { getSuggestions } from '../../api/vacancies.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

/** Ask once typing pauses this long: fast enough to feel live, few enough requests. */
const TYPING_PAUSE_MS = 150;
const MIN_LENGTH = 2;

/** Answers per typed text for this visit: going back a letter costs no request. */
const answered = new Map<string, Suggestion[]>();

interface SearchBoxProps {
  /** The words of the search in the address; the box follows it when it changes. */
  query: string;
  onPick: (suggestion: Suggestion) => void;
}

/**
 * The search box with suggestions as you type, as an ARIA 1.2 combobox: arrow keys move
 * through the list, Enter picks, Escape closes, and the number of suggestions is announced.
 * Its text is its own state, so typing re-renders only the box, never the results.
 */
export function SearchBox({ query, onPick }: SearchBoxProps) {
  const { lang, t } = useI18n();
  const id = useId();
  const listId = `${id}-suggestions`;
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  const [lastAnswer, setLastAnswer] = useState<{ typed: string; suggestions: Suggestion[] }>({
    typed: '',
    suggestions: [],
  });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The text in the box, for answers that arrive after it changed. */
  const typedRef = useRef(query.trim());
  if (query !== shownQuery) {
    setShownQuery(query);
    setText(query);
    setOpen(false);
  }
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  const typed = text.trim();
  // While a new answer is on its way, the answer to a shorter start of the same text stays,
  // so the list does not flicker; an answer to other text is never shown.
  const stillFitting = lastAnswer.typed !== '' && typed.startsWith(lastAnswer.typed) ? lastAnswer.suggestions : [];
  const suggestions = typed.length >= MIN_LENGTH && typed !== query.trim() ? (answered.get(typed) ?? stillFitting) : [];

  const onType = (value: string) => {
    setText(value);
    typedRef.current = value.trim();
    setOpen(true);
    setActive(-1);
    // What was asked for earlier text is of no use any more.
    clearTimeout(timer.current);
    request.current?.abort();
    const wanted = value.trim();
    if (wanted.length < MIN_LENGTH || answered.has(wanted)) return;
    timer.current = setTimeout(() => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      getSuggestions(wanted, { lang, signal: controller.signal }).then(
        (found) => {
          answered.set(wanted, found);
          // Only an answer to what is in the box now may change the list under the highlight.
          if (typedRef.current !== wanted) return;
          setLastAnswer({ typed: wanted, suggestions: found });
          setActive(-1);
        },
        () => undefined, // Suggestions are a help, not a need: a failure shows none.
      );
    }, TYPING_PAUSE_MS);
  };

  const expanded = open && suggestions.length > 0;
  const pick = (suggestion: Suggestion) => {
    setOpen(false);
    clearTimeout(timer.current);
    setText(suggestion.kind === 'title' ? suggestion.label : '');
    onPick(suggestion);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (suggestions.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((current) => (expanded ? (current + step + suggestions.length) % suggestions.length : 0));
        return;
      }
      case 'Enter': {
        const chosen = expanded ? suggestions[active] : undefined;
        if (chosen) {
          event.preventDefault();
          pick(chosen);
        } else setOpen(false);
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        }
        return;
      case 'Tab':
        setOpen(false);
    }
  };

  const optionLabel = (suggestion: Suggestion) =>
    suggestion.kind === 'place' ? t.search.suggestions.place(suggestion.label) : suggestion.label;

  return (
    <div className="search-box">
      <input
        id="search-q"
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={text}
        maxLength={200}
        enterKeyHint="search"
        onChange={(event) => onType(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t.search.suggestions.label} className="suggestions" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={`${suggestion.kind}-${suggestion.label}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="suggestion"
            // mousedown, not click: picking must happen before the box loses focus and closes.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(suggestion);
            }}
          >
            <span className="suggestion-label">{optionLabel(suggestion)}</span>
            <span className="suggestion-kind">
              <span className="visually-hidden">, </span>
              {t.search.suggestions.kinds[suggestion.kind]}
            </span>
          </li>
        ))}
      </ul>
      <div className="visually-hidden" role="status" aria-live="polite">
        {expanded ? t.search.suggestions.count(suggestions.length) : ''}
      </div>
    </div>
  );
}
