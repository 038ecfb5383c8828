/**
 * Dutch compounds in job titles, taken apart (issue 18): Dutch writes "softwareontwikkelaar",
 * "gemeentesecretaris", "vergunningverlener" as one word, and a job seeker who types the head
 * ("ontwikkelaar", "secretaris") or the modifier ("vergunningen") should find them. Meilisearch
 * matches whole words and prefixes only, so the search document carries the parts of each
 * compound in its title as words of their own (`titleParts`, searched after everything else).
 *
 * The parts are found against a shipped word list: the heads and modifiers that public-sector
 * job titles are made of (from the titles of the alliance's vacancies and the job fields). A
 * word is split at the longest known part it ends with, with the Dutch linking "s" or "e(n)"
 * taken off the rest ("bestuurssecretaris" → bestuur + secretaris), and the rest split again;
 * a word with an unknown rest stays whole, so nothing is split into nonsense.
 */

/** The parts, in lower case, each at least four letters. */
const PARTS = [
  // Heads: what someone is or does.
  'adviseur',
  'medewerker',
  'beheerder',
  'ontwikkelaar',
  'assistent',
  'secretaris',
  'verlener',
  'consulent',
  'arts',
  'verpleegkundige',
  'kundige',
  'administrateur',
  'beveiliger',
  'analist',
  'manager',
  'leider',
  'technicus',
  'technoloog',
  'inspecteur',
  'redacteur',
  'ambtenaar',
  'officier',
  'coördinator',
  'coordinator',
  'specialist',
  'deskundige',
  'planner',
  'jurist',
  'controller',
  'functionaris',
  'handhaver',
  'toezichthouder',
  'houder',
  'monteur',
  'voerder',
  'woordvoerder',
  'begeleider',
  'regisseur',
  'projectleider',
  // Things and fields.
  'verlening',
  'bestrijding',
  'zuivering',
  'toezicht',
  'handhaving',
  'vergunning',
  'beleid',
  'beheer',
  'ontwikkeling',
  'management',
  'informatie',
  'applicatie',
  'software',
  'data',
  'gezondheid',
  'gezondheidszorg',
  'zorg',
  'jeugd',
  'gemeente',
  'bestuur',
  'klant',
  'contact',
  'salaris',
  'belasting',
  'dokter',
  'afval',
  'water',
  'infectie',
  'ziekte',
  'woning',
  'bouw',
  'omgeving',
  'recht',
  'ruimte',
  'schuld',
  'hulp',
  'dienst',
  'service',
  'desk',
  'publiek',
  'zaken',
  'burger',
  'afdeling',
  'team',
  'stad',
  'steden',
  'verkeer',
  'mobiliteit',
  'milieu',
  'energie',
  'archief',
  'personeel',
  'project',
  'programma',
  'kwaliteit',
  'veiligheid',
  'openbare',
];

const KNOWN = new Set(PARTS);
const MIN_REST = 3;
/** Shorter words are never compounds worth splitting ("arts" in "artsen" is not a compound). */
const MIN_WORD = 7;
/** The linking sounds Dutch puts between parts, tried on the rest before it counts as a part. */
const LINKS = ['s', 'en', 'e', '-'];

/** The rest before a head as a known part (linking sound off), or its own parts; undefined when unknown. */
function splitRest(rest: string, depth: number): string[] | undefined {
  const candidates = [rest, ...LINKS.filter((link) => rest.endsWith(link)).map((link) => rest.slice(0, -link.length))];
  for (const candidate of candidates) {
    if (candidate.length < MIN_REST) continue;
    if (KNOWN.has(candidate)) return [candidate];
    const inner = depth < 3 ? splitWord(candidate, depth + 1) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** A word's parts when it is a compound of known parts; undefined when it is not. */
function splitWord(word: string, depth = 0): string[] | undefined {
  if (word.length < MIN_WORD) return undefined;
  // Longest head first: "verpleegkundige" before "kundige".
  for (let start = 1; start <= word.length - 4; start++) {
    const head = word.slice(start);
    if (!KNOWN.has(head)) continue;
    const rest = splitRest(word.slice(0, start), depth);
    if (rest) return [...rest, head];
  }
  return undefined;
}

/**
 * The parts of every compound in `text`, in order, as one string of words ('' when none):
 * "Vergunningverlener omgevingsrecht" → "vergunning verlener omgeving recht".
 */
export function compoundParts(text: string): string {
  const parts: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const split = splitWord(word);
    if (split) parts.push(...split);
  }
  return parts.join(' ');
}
