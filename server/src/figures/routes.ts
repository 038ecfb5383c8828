import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { currentUser, type Access } from '../auth/plugin.ts';
import { AppError, ErrorRef } from '../errors.ts';
import { localeOf, type Locale } from '../i18n.ts';
import { checkPeriod } from './period.ts';
import { csvFileName, type CsvSeparator } from '../csv.ts';
import { selectBudgets } from './budget-queries.ts';
import { setBudget } from './budgets.ts';
import type { CostKey } from './costs.ts';
import {
  allianceStats,
  allianceStatsCsv,
  cockpit,
  memberDashboard,
  memberDashboardCsv,
  periodOf,
  type Period,
} from './reports.ts';
import {
  Budget,
  BudgetBody,
  CockpitResponse,
  DashboardResponse,
  PeriodQuery,
  StatsQuery,
  StatsResponse,
} from './schemas.ts';

const coordinator: Access = { roles: ['coordinator'] };
/** A member's own staff; the coordinator may look at any member's dashboard. */
const memberStaff: Access = { roles: ['org_admin', 'hr_officer', 'coordinator'] };
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };

const checkedPeriod = (query: { from?: string | undefined; to?: string | undefined }): Period =>
  checkPeriod(periodOf(query));

/**
 * The cost key asked for, by its name or its older one. Both, saying different things, is a 400:
 * `key=budgets&costKey=weight` divided by the budgets' keys without a word (a review).
 */
function costKeyOf(query: { key?: CostKey | 'budgets' | undefined; costKey?: CostKey | undefined }) {
  if (query.key !== undefined && query.costKey !== undefined && query.key !== query.costKey)
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { costKey: 'error.cost_keys_differ' },
    });
  return query.key ?? query.costKey ?? 'equal';
}

/** A download's name in the caller's language (the columns are the API's own names in both). */
const CSV_NAMES = {
  costSplit: { nl: 'kostenverdeling', en: 'cost-split' },
  dashboard: { nl: 'dashboard', en: 'dashboard' },
} satisfies Record<string, Record<Locale, string>>;

/** A download's language: the page's, which its link sends (`lang`), else the caller's. */
const csvLocale = (request: FastifyRequest, lang: Locale | undefined): Locale => lang ?? localeOf(request);

/** The figures as a CSV download, written with the separator asked for. */
const sendCsv = (
  reply: FastifyReply,
  name: string,
  period: Period,
  separator: CsvSeparator | undefined,
  write: (separator: CsvSeparator | undefined) => string,
) =>
  reply
    .type('text/csv; charset=utf-8')
    .header(
      'content-disposition',
      `attachment; filename="${csvFileName(`samenwerven-${name}-${period.from}-${period.to}`, separator)}"`,
    )
    .send(write(separator));

export const figuresRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/stats',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary: 'The cost split: per member and period its member days, activity and share of the costs',
        description:
          'With `format=csv`: the same figures as RFC 4180 CSV (`separator=semicolon`: semicolons and decimal commas, for Excel set up for the Netherlands). Every organisation that was a member on a day of the period (up to today). Shares are whole cents that add up to the amount exactly (largest remainder). `key` (or its older name `costKey`): equal per member day, by vacancies published, or by weight × member days.',
        querystring: StatsQuery,
        response: { 200: StatsResponse, ...errors },
      },
    },
    async (request, reply) => {
      const period = checkedPeriod(request.query);
      const costKey = costKeyOf(request.query);
      const stats = await allianceStats(app.db, { ...period, costKey, amount: request.query.amount });
      if (request.query.format === 'csv') {
        const locale = csvLocale(request, request.query.lang);
        return sendCsv(reply, CSV_NAMES.costSplit[locale], period, request.query.separator, (s) =>
          allianceStatsCsv(stats, s, locale),
        );
      }
      return stats;
    },
  );

  app.get(
    '/organisations/:orgId/dashboard',
    {
      config: { access: memberStaff },
      schema: {
        tags: ['membership'],
        summary: 'What the portal did for a member, per month, next to the alliance’s average and its costs',
        params: Type.Object({ orgId: Type.String({ format: 'uuid' }) }),
        querystring: PeriodQuery,
        response: { 200: DashboardResponse, ...errors },
      },
    },
    async (request, reply) => {
      const period = checkedPeriod(request.query);
      const dashboard = await memberDashboard(app.db, request.params.orgId, period);
      if (request.query.format === 'csv') {
        const locale = csvLocale(request, request.query.lang);
        return sendCsv(reply, CSV_NAMES.dashboard[locale], period, request.query.separator, (s) =>
          memberDashboardCsv(dashboard, s, locale),
        );
      }
      return dashboard;
    },
  );

  app.get(
    '/coordination/cockpit',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary: 'The alliance on one page: members, join requests, activity per member and month, searches',
        querystring: Type.Omit(PeriodQuery, ['format', 'separator', 'lang']),
        response: { 200: CockpitResponse, ...errors },
      },
    },
    async (request) => cockpit(app.db, checkedPeriod(request.query)),
  );

  app.get(
    '/coordination/budgets',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary: 'The alliance’s costs per calendar year and the key they are divided by',
        response: { 200: Type.Object({ items: Type.Array(Budget) }), ...errors },
      },
    },
    async () => ({
      items: (await selectBudgets(app.db)).map((b) => ({
        year: b.year,
        amount: b.amountCents / 100,
        costKey: b.costKey,
      })),
    }),
  );

  app.put(
    '/coordination/budgets/:year',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary: 'Sets a year’s costs and key (the basis of cost per application and per hire on the dashboards)',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: BudgetBody,
        response: { 200: Budget, ...errors },
      },
    },
    async (request) => {
      const amountCents = Math.round(request.body.amount * 100);
      // An amount in parts of a cent was rounded unsaid: 0.004 became a budget of 0 (an attacker's review).
      // Compared in euros: amount × 100 drifts from a whole number above € 100 million (a diff review).
      if (amountCents / 100 !== request.body.amount) {
        throw new AppError(400, 'validation_failed', 'error.validation_failed', {
          fields: { amount: 'budget.whole_cents' },
        });
      }
      const row = await setBudget(app.db, currentUser(request).userId, {
        year: request.params.year,
        amountCents,
        costKey: request.body.costKey,
      });
      return { year: row.year, amount: row.amountCents / 100, costKey: row.costKey };
    },
  );
};
