/** The contract of the figures routes (API.md "Figures"). */
import { Type, type Static } from '@sinclair/typebox';
import { CsvSeparatorSchema, literals, Nullable } from '../contract/typebox.ts';

export const CostKeyValue = literals(['equal', 'vacancies', 'weight'] as const);

const Day = Type.String({ format: 'date', description: 'A calendar date (Amsterdam), YYYY-MM-DD' });
const Organisation = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), state: Type.String() });

/** The counts of one month or one period. */
const Counts = {
  memberDays: Type.Integer({ description: 'Dutch calendar days on which it was a member, up to today' }),
  vacanciesPublished: Type.Integer(),
  views: Type.Integer({ description: 'Visits to its vacancies’ pages (one per visitor per half hour, no bots)' }),
  fromWidget: Type.Integer({ description: 'Of the views, those that came from its widget' }),
  fromFeed: Type.Integer({ description: 'Of the views, those that came from a feed' }),
  impressions: Type.Integer({ description: 'Times its vacancies were shown on a page of search results' }),
  applications: Type.Integer(),
  hires: Type.Integer(),
  averageDaysToFill: Nullable(Type.Number({ description: 'Publication to first hire, in days' })),
};
export const Figures = Type.Object(Counts);
export const MonthFigures = Type.Object({ month: Type.String({ description: 'YYYY-MM' }), ...Counts });
/** Averages are per member, one decimal. */
const Average = () => Nullable(Type.Number());
const Averages = Type.Object({
  memberDays: Average(),
  vacanciesPublished: Average(),
  views: Average(),
  fromWidget: Average(),
  fromFeed: Average(),
  impressions: Average(),
  applications: Average(),
  hires: Average(),
  averageDaysToFill: Average(),
});
export const MonthAverages = Type.Composite([Type.Object({ month: Type.String() }), Averages]);

export const PeriodQuery = Type.Object(
  {
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    format: Type.Optional(literals(['json', 'csv'] as const)),
    separator: Type.Optional(CsvSeparatorSchema),
    lang: Type.Optional(
      Type.Union([Type.Literal('nl'), Type.Literal('en')], {
        description: 'The language of a CSV download’s file name and totals row; else `Accept-Language`',
      }),
    ),
  },
  { additionalProperties: false },
);

export const StatsQuery = Type.Composite(
  [
    PeriodQuery,
    Type.Object({
      key: Type.Optional(
        Type.Union([CostKeyValue, Type.Literal('budgets')], {
          description:
            '`budgets`: each calendar year’s budget for the days of it the period covers, divided by that year’s own key among that year’s members (`amount` is not used)',
        }),
      ),
      costKey: Type.Optional(Type.Unsafe<Static<typeof CostKeyValue>>({ ...CostKeyValue, deprecated: true })),
      amount: Type.Number({ minimum: 0, maximum: 1e9, default: 0, description: 'The costs to divide, in euros' }),
    }),
  ],
  { additionalProperties: false },
);

export const StatsResponse = Type.Object({
  from: Type.String(),
  to: Type.String(),
  costKey: Type.Union([CostKeyValue, Type.Literal('budgets')]),
  amount: Type.Number(),
  amountCents: Type.Integer(),
  budgets: Type.Optional(
    Type.Array(
      Type.Object({
        year: Type.Integer(),
        costKey: CostKeyValue,
        amount: Type.Number({ description: 'The part of the year’s budget the period covers, in euros' }),
        amountCents: Type.Integer(),
      }),
      { description: 'With `key=budgets`: the years with a budget and the part of each that was divided' },
    ),
  ),
  items: Type.Array(
    Type.Object({
      organisation: Organisation,
      ...Counts,
      costWeight: Type.Integer(),
      costShare: Type.Number({ description: 'In euros; the shares add up to the amount exactly' }),
      costShareCents: Type.Integer(),
    }),
  ),
  totals: Type.Object({ ...Counts, costShare: Type.Number(), costShareCents: Type.Integer() }),
});

export const DashboardResponse = Type.Object({
  organisation: Organisation,
  from: Type.String(),
  to: Type.String(),
  months: Type.Array(MonthFigures),
  totals: Figures,
  alliance: Type.Object({
    members: Type.Integer({ description: 'Organisations that were a member on a day of the period' }),
    averagePerMember: Averages,
    months: Type.Array(MonthAverages),
  }),
  costs: Type.Object({
    amount: Nullable(Type.Number({ description: 'Its share of the alliance’s budget for the period, in euros' })),
    perApplication: Nullable(Type.Number()),
    perHire: Nullable(Type.Number()),
    countedThrough: Nullable(
      Type.String({
        format: 'date',
        description:
          'The last day the share counts: the period’s end, or today when the period runs on (null when it has not begun). A year’s budget counts in proportion to its days up to then, so a year still running shows less than the cost split of the whole year',
      }),
    ),
  }),
});

export const CockpitResponse = Type.Object({
  from: Type.String(),
  to: Type.String(),
  organisations: Type.Array(Organisation),
  pendingJoinRequests: Type.Integer(),
  months: Type.Array(MonthFigures, { description: 'The whole alliance per month' }),
  totals: Figures,
  perMember: Type.Array(Type.Object({ organisation: Organisation, months: Type.Array(MonthFigures), totals: Figures })),
  topSearches: Type.Array(Type.Object({ term: Type.String(), searches: Type.Integer() })),
  searchesWithoutResults: Type.Array(Type.Object({ term: Type.String(), searches: Type.Integer() })),
});

export const Budget = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  amount: Type.Number({ minimum: 0, maximum: 1e9, description: 'In euros' }),
  costKey: CostKeyValue,
});
export const BudgetBody = Type.Object(
  { amount: Type.Number({ minimum: 0, maximum: 1e9 }), costKey: CostKeyValue },
  { additionalProperties: false },
);
