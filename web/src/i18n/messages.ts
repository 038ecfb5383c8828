/**
 * The interface's texts per language: Dutch (messages-nl.ts) is always there, English
 * (messages-en.ts) is its own chunk, loaded before the first English page.
 */
import type { Lang } from './lang.ts';
import { nl, type Messages } from './messages-nl.ts';

export type { Messages };

const loaded: Partial<Record<Lang, Messages>> = { nl };
let loadingEnglish: Promise<void> | null = null;

/**
 * Makes a language's texts available. Dutch is always there; English is fetched once, before
 * the first English page is shown (main.tsx for a first visit, the /en route otherwise).
 */
export function loadMessages(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  loadingEnglish ??= import('./messages-en.ts').then(
    ({ en }) => {
      loaded.en = en;
    },
    (error: unknown) => {
      loadingEnglish = null; // a failed download may succeed on the next try
      throw error;
    },
  );
  return loadingEnglish;
}

/** A language's texts; Dutch while another language is still loading, never blank. */
export function messagesFor(lang: Lang): Messages {
  return loaded[lang] ?? nl;
}
