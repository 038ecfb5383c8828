/**
 * The relevance set (issue 18): queries as job seekers type them, each with the vacancies a
 * person would judge relevant, on the deterministic demo data; the search as served (the API)
 * is scored by recall@5 and nDCG@10.
 *
 * How it was judged: the demo builds every vacancy from one of 64 job titles (db/src/seed/
 * vocabulary.ts; interns and trainees get "Stagiair …" / "Trainee …" before it). For each query
 * the titles a job seeker who typed it is looking for were chosen by hand, by what the words
 * mean — inflections, compounds, abbreviations and everyday words included — not by what the
 * engine finds; a vacancy is relevant when its title is one of those (with or without the
 * prefix). The queries cover: plurals and other inflections, the head or the modifier of a
 * compound, two words for a compound and the reverse, abbreviations, synonyms, derived forms, and
 * a level of experience typed before the role.
 *
 * recall@5: of the first five hits, the share that is relevant, out of what five hits could
 * hold (min(5, relevant)) — with five or more relevant vacancies, as every query has at 100k, the
 * same as precision@5. nDCG@10: the first ten hits with gain 1 for a relevant one,
 * discounted by log2(rank + 1), against the ideal order. Both averaged over the queries.
 */
import { and, count, eq } from 'drizzle-orm';
import { findableConditions, organisations, vacancies, type createDb } from '@samenwerven/db';

type Db = ReturnType<typeof createDb>;

interface Judgement {
  q: string;
  /** What the query tests. */
  kind: 'exact' | 'inflection' | 'compound' | 'split' | 'abbreviation' | 'synonym' | 'derivation' | 'qualifier';
  /** The job titles (as in the vocabulary) a job seeker typing `q` wants. */
  titles: string[];
}

const JUDGEMENTS: readonly Judgement[] = [
  // The words as they stand in titles.
  {
    q: 'beleidsadviseur',
    kind: 'exact',
    titles: ['Beleidsadviseur', 'Senior beleidsadviseur economie', 'Beleidsadviseur mobiliteit'],
  },
  { q: 'archivaris', kind: 'exact', titles: ['Archivaris'] },
  { q: 'controller', kind: 'exact', titles: ['Controller'] },
  { q: 'planoloog', kind: 'exact', titles: ['Planoloog'] },
  { q: 'recruiter', kind: 'exact', titles: ['Recruiter'] },
  { q: 'woordvoerder', kind: 'exact', titles: ['Woordvoerder'] },
  { q: 'jeugdarts', kind: 'exact', titles: ['Jeugdarts'] },
  { q: 'gemeentesecretaris', kind: 'exact', titles: ['Gemeentesecretaris'] },
  { q: 'stedenbouwkundige', kind: 'exact', titles: ['Stedenbouwkundige'] },
  { q: 'beleidsmedewerker duurzaamheid', kind: 'exact', titles: ['Beleidsmedewerker duurzaamheid'] },
  // Plurals, inflected adjectives, verb forms.
  {
    q: 'beleidsmedewerkers',
    kind: 'inflection',
    titles: ['Beleidsmedewerker', 'Beleidsmedewerker duurzaamheid', 'Beleidsmedewerker jeugd'],
  },
  { q: 'controllers', kind: 'inflection', titles: ['Controller'] },
  {
    q: 'juristen',
    kind: 'inflection',
    titles: ['Jurist bezwaar en beroep', 'Juridisch adviseur', 'Juridisch medewerker Omgevingswet'],
  },
  { q: 'teamleiders', kind: 'inflection', titles: ['Teamleider'] },
  { q: 'data-analisten', kind: 'inflection', titles: ['Data-analist'] },
  { q: 'epidemiologen', kind: 'inflection', titles: ['Epidemioloog'] },
  { q: 'ecologen', kind: 'inflection', titles: ['Ecoloog'] },
  { q: 'gemaal', kind: 'inflection', titles: ['Monteur gemalen'] },
  { q: 'financiële adviseur', kind: 'inflection', titles: ['Financieel adviseur'] },
  { q: 'juridische adviseur', kind: 'inflection', titles: ['Juridisch adviseur'] },
  { q: 'administratieve medewerker', kind: 'inflection', titles: ['Administratief medewerker'] },
  { q: 'civiele technicus', kind: 'inflection', titles: ['Civiel technicus'] },
  { q: 'belastingen', kind: 'inflection', titles: ['Belastingmedewerker'] },
  // A compound found by its head or its modifier.
  { q: 'verpleegkundige', kind: 'compound', titles: ['Jeugdverpleegkundige', 'Sociaal-psychiatrisch verpleegkundige'] },
  { q: 'arts', kind: 'compound', titles: ['Jeugdarts', 'Arts infectieziektebestrijding'] },
  { q: 'consulent', kind: 'compound', titles: ['Wmo-consulent', 'Jeugdconsulent', 'Consulent Werk en Inkomen'] },
  {
    q: 'beheerder',
    kind: 'compound',
    titles: ['Applicatiebeheerder', 'Functioneel beheerder', 'Beheerder openbare ruimte'],
  },
  { q: 'vergunningen', kind: 'compound', titles: ['Vergunningverlener omgevingsrecht'] },
  { q: 'woningbouw', kind: 'compound', titles: ['Projectleider woningbouw'] },
  { q: 'afvalwater', kind: 'compound', titles: ['Technoloog afvalwaterzuivering'] },
  { q: 'salaris', kind: 'compound', titles: ['Salarisadministrateur'] },
  { q: 'ontwikkelaar', kind: 'compound', titles: ['Softwareontwikkelaar'] },
  { q: 'assistent', kind: 'compound', titles: ['Managementassistent', 'Doktersassistent jeugdgezondheidszorg'] },
  { q: 'secretaris', kind: 'compound', titles: ['Gemeentesecretaris', 'Bestuurssecretaris'] },
  {
    q: 'jeugd',
    kind: 'compound',
    titles: [
      'Beleidsmedewerker jeugd',
      'Jeugdconsulent',
      'Jeugdverpleegkundige',
      'Jeugdarts',
      'Doktersassistent jeugdgezondheidszorg',
    ],
  },
  { q: 'klantcontact', kind: 'compound', titles: ['Klantcontactmedewerker'] },
  { q: 'infectieziekten', kind: 'compound', titles: ['Arts infectieziektebestrijding'] },
  { q: 'waterkwaliteit', kind: 'exact', titles: ['Adviseur waterkwaliteit'] },
  // Two words for a compound, and a compound for two words.
  { q: 'software ontwikkelaar', kind: 'split', titles: ['Softwareontwikkelaar'] },
  { q: 'informatie beveiliger', kind: 'split', titles: ['Informatiebeveiliger (CISO)'] },
  { q: 'salaris administrateur', kind: 'split', titles: ['Salarisadministrateur'] },
  { q: 'jeugd verpleegkundige', kind: 'split', titles: ['Jeugdverpleegkundige'] },
  { q: 'applicatie beheerder', kind: 'split', titles: ['Applicatiebeheerder'] },
  { q: 'openbareruimte', kind: 'split', titles: ['Beheerder openbare ruimte', 'Boa openbare ruimte'] },
  // Abbreviations.
  { q: 'CISO', kind: 'abbreviation', titles: ['Informatiebeveiliger (CISO)'] },
  { q: 'DIV', kind: 'abbreviation', titles: ['Medewerker DIV', 'Archivaris', 'Adviseur informatiebeheer'] },
  { q: 'HR', kind: 'abbreviation', titles: ['HR-adviseur', 'Recruiter', 'Salarisadministrateur'] },
  { q: 'P&O', kind: 'abbreviation', titles: ['HR-adviseur', 'Recruiter', 'Salarisadministrateur'] },
  { q: 'Wmo', kind: 'abbreviation', titles: ['Wmo-consulent'] },
  { q: 'BOR', kind: 'abbreviation', titles: ['Beheerder openbare ruimte'] },
  { q: 'OOV', kind: 'abbreviation', titles: ['Adviseur openbare orde en veiligheid'] },
  { q: 'AVG', kind: 'abbreviation', titles: ['Privacy officer'] },
  { q: 'ICT servicedesk', kind: 'abbreviation', titles: ['Medewerker servicedesk ICT'] },
  // Other words for the same job.
  { q: 'handhaving', kind: 'synonym', titles: ['Boa openbare ruimte', 'Toezichthouder bouw- en woningtoezicht'] },
  { q: 'archief', kind: 'synonym', titles: ['Medewerker DIV', 'Archivaris', 'Adviseur informatiebeheer'] },
  { q: 'personeelszaken', kind: 'synonym', titles: ['HR-adviseur', 'Recruiter', 'Salarisadministrateur'] },
  { q: 'voorlichting', kind: 'synonym', titles: ['Communicatieadviseur', 'Woordvoerder', 'Webredacteur'] },
  { q: 'stage', kind: 'synonym', titles: [] /* every intern: judged by the prefix, below */ },
  // A field's name for its practitioner.
  { q: 'epidemiologie', kind: 'derivation', titles: ['Epidemioloog'] },
  { q: 'ecologie', kind: 'derivation', titles: ['Ecoloog'] },
  { q: 'planologie', kind: 'derivation', titles: ['Planoloog'] },
  { q: 'stedenbouw', kind: 'derivation', titles: ['Stedenbouwkundige'] },
  { q: 'webredactie', kind: 'derivation', titles: ['Webredacteur'] },
  { q: 'recruitment', kind: 'derivation', titles: ['Recruiter'] },
  // How experienced, typed before the role: no demo title says it (one says "Senior"), so the
  // role is what is looked for.
  {
    q: 'ervaren jurist',
    kind: 'qualifier',
    titles: ['Jurist bezwaar en beroep', 'Juridisch adviseur', 'Juridisch medewerker Omgevingswet'],
  },
  { q: 'junior planoloog', kind: 'qualifier', titles: ['Planoloog'] },
  { q: 'medior recruiter', kind: 'qualifier', titles: ['Recruiter'] },
  { q: 'ervaren archivaris', kind: 'qualifier', titles: ['Archivaris'] },
  { q: 'senior controller', kind: 'qualifier', titles: ['Controller'] },
];

/** A title as judged: without the intern's or trainee's prefix, in lower case. */
const baseTitle = (title: string) =>
  title
    .replace(/^(Stagiair|Trainee) /, '')
    .toLowerCase()
    .trim();

function isRelevant(judgement: Judgement, title: string): boolean {
  if (judgement.q === 'stage') return title.startsWith('Stagiair ');
  const base = baseTitle(title);
  return judgement.titles.some((wanted) => wanted.toLowerCase() === base);
}

export interface QueryScore {
  q: string;
  kind: Judgement['kind'];
  relevant: number;
  recallAt5: number;
  ndcgAt10: number;
}

export interface RelevanceResult {
  queries: number;
  recallAt5: number;
  ndcgAt10: number;
  byKind: Record<string, { queries: number; recallAt5: number; ndcgAt10: number }>;
  perQuery: QueryScore[];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** nDCG of a ranked list of 0/1 gains, against the ideal list given `relevant` relevant items. */
export function ndcg(gains: readonly number[], relevant: number, k: number): number {
  const dcg = (list: readonly number[]) => list.slice(0, k).reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  const ideal = dcg(Array.from({ length: Math.min(k, relevant) }, () => 1));
  return ideal > 0 ? dcg(gains) / ideal : 0;
}

/** Scores the search as served at `origin` on every judged query. */
export async function measureRelevance(origin: string, db: Db): Promise<RelevanceResult> {
  // What the public search can find (db/src/findable.ts): published, public, open, of an active member.
  const titles = await db.db
    .select({ title: vacancies.title, n: count() })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(...findableConditions(new Date())))
    .groupBy(vacancies.title);
  const perQuery: QueryScore[] = [];
  for (const judgement of JUDGEMENTS) {
    const relevant = titles.filter((t) => isRelevant(judgement, t.title)).reduce((sum, t) => sum + t.n, 0);
    const response = await fetch(`${origin}/api/v1/vacancies?q=${encodeURIComponent(judgement.q)}&pageSize=10`);
    if (!response.ok) throw new Error(`the search for "${judgement.q}" answered ${response.status}`);
    const { hits } = (await response.json()) as { hits: { title: string }[] };
    const gains = hits.map((hit) => (isRelevant(judgement, hit.title) ? 1 : 0));
    const found5 = gains.slice(0, 5).reduce<number>((sum, gain) => sum + gain, 0);
    perQuery.push({
      q: judgement.q,
      kind: judgement.kind,
      relevant,
      recallAt5: relevant > 0 ? round3(found5 / Math.min(5, relevant)) : 0,
      ndcgAt10: round3(ndcg(gains, relevant, 10)),
    });
  }
  // A query whose jobs the data does not hold (a small run) cannot be scored.
  const scored = perQuery.filter((q) => q.relevant > 0);
  const byKind: RelevanceResult['byKind'] = {};
  for (const kind of new Set(scored.map((q) => q.kind))) {
    const of = scored.filter((q) => q.kind === kind);
    byKind[kind] = {
      queries: of.length,
      recallAt5: round3(mean(of.map((q) => q.recallAt5))),
      ndcgAt10: round3(mean(of.map((q) => q.ndcgAt10))),
    };
  }
  return {
    queries: scored.length,
    recallAt5: round3(mean(scored.map((q) => q.recallAt5))),
    ndcgAt10: round3(mean(scored.map((q) => q.ndcgAt10))),
    byKind,
    perQuery,
  };
}

export const relevanceSummary = (result: RelevanceResult) => ({
  'relevance.queries': result.queries,
  'relevance.recallAt5': result.recallAt5,
  'relevance.ndcgAt10': result.ndcgAt10,
});

export function relevanceReport(result: RelevanceResult): string[] {
  return [
    `## Relevance: ${result.queries} judged queries on the demo data (the search as served)`,
    '',
    'Each query with the job titles a job seeker typing it wants, judged by hand by what the words mean (tests/bench/relevance.ts says how). recall@5: the share of the first five hits that is relevant, of what five could hold; nDCG@10: binary gains.',
    '',
    `Overall: recall@5 **${result.recallAt5}**, nDCG@10 **${result.ndcgAt10}**.`,
    '',
    '| kind | queries | recall@5 | nDCG@10 |',
    '| --- | --- | --- | --- |',
    ...Object.entries(result.byKind).map(
      ([kind, score]) => `| ${kind} | ${score.queries} | ${score.recallAt5} | ${score.ndcgAt10} |`,
    ),
    '',
    '<details><summary>Per query</summary>',
    '',
    '| query | kind | relevant vacancies | recall@5 | nDCG@10 |',
    '| --- | --- | --- | --- | --- |',
    ...result.perQuery.map(
      (q) => `| \`${q.q}\` | ${q.kind} | ${q.relevant.toLocaleString('en')} | ${q.recallAt5} | ${q.ndcgAt10} |`,
    ),
    '',
    '</details>',
    '',
  ];
}
