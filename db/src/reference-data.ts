/**
 * Dutch reference geography shipped with the product (CBS municipalities and 4-digit
 * postcode areas, see reference-data/README.md for sources and licences).
 */
import { readFileSync } from 'node:fs';

export interface Municipality {
  code: string;
  name: string;
  province: string;
  latitude: number;
  longitude: number;
}

export interface PostcodeArea {
  postcode: string;
  latitude: number;
  longitude: number;
  municipalityCode: string;
}

/** Parses the simple CSV of the reference files: comma-separated, double quotes where needed. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows.slice(1);
}

const readReference = (file: string) =>
  parseCsv(readFileSync(new URL(`../reference-data/${file}`, import.meta.url), 'utf8'));

export const municipalities: readonly Municipality[] = readReference('municipalities.csv').map(
  ([code, name, province, lat, lon]) => ({
    code: code!,
    name: name!,
    province: province!,
    latitude: Number(lat),
    longitude: Number(lon),
  }),
);

/** An occupation in ESCO (job_titles.csv): its Dutch title and its other Dutch names. */
export interface Occupation {
  title: string;
  otherNames: string[];
}

/** The words people use for jobs, for the search's vocabulary (not shown as such). */
export const occupations: readonly Occupation[] = readReference('job_titles.csv').map(([, , , title, others]) => ({
  title: title!,
  otherNames: others ? others.split('|') : [],
}));

const postcodeAreas = new Map<string, PostcodeArea>(
  readReference('pc4.csv').map(([postcode, lat, lon, municipalityCode]) => [
    postcode!,
    { postcode: postcode!, latitude: Number(lat), longitude: Number(lon), municipalityCode: municipalityCode! },
  ]),
);

const byCode = new Map(municipalities.map((m) => [m.code, m]));

/** Names people use that differ from the official CBS spelling. */
const aliases: Record<string, string> = {
  'den haag': 'GM0518',
  'the hague': 'GM0518',
  'den bosch': 'GM0796',
  hengelo: 'GM0164',
  bergen: 'GM0373',
  laren: 'GM0417',
  rijswijk: 'GM0603',
  middelburg: 'GM0687',
  beek: 'GM0888',
  stein: 'GM0971',
};

const normaliseName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

const byName = new Map<string, Municipality>([
  ...municipalities.map((m) => [normaliseName(m.name), m] as const),
  ...Object.entries(aliases).map(([alias, code]) => [alias, byCode.get(code)!] as const),
]);

export function municipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code.toUpperCase());
}

/** Names as typed: no accents, case or apostrophes ("s-hertogenbosch" for 's-Hertogenbosch). */
const typedName = (name: string) => normaliseName(name).replaceAll("'", '');

const byTypedName = [
  ...municipalities.map((m) => ({ key: typedName(m.name), municipality: m })),
  ...Object.entries(aliases).map(([alias, code]) => ({ key: typedName(alias), municipality: byCode.get(code)! })),
].sort((a, b) => a.key.localeCompare(b.key, 'nl'));

/** Municipalities whose name or common alias starts with the typed text (for suggestions). */
export function municipalitiesStartingWith(text: string, limit: number): Municipality[] {
  const wanted = typedName(text);
  if (!wanted) return [];
  const found = new Set<Municipality>();
  for (const { key, municipality } of byTypedName) {
    if (found.size === limit) break;
    if (key.startsWith(wanted)) found.add(municipality);
  }
  return [...found];
}

/** Finds a municipality by official name or common alias, ignoring case and accents. */
export function municipalityByName(name: string): Municipality | undefined {
  return byName.get(normaliseName(name));
}

export function postcodeArea(postcode: string): PostcodeArea | undefined {
  return postcodeAreas.get(postcode);
}

export function postcodesOf(municipalityCode: string): PostcodeArea[] {
  return [...postcodeAreas.values()].filter((p) => p.municipalityCode === municipalityCode);
}

/** Great-circle distance in kilometres (mean Earth radius 6371 km, as Meilisearch uses). */
export function haversineKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
