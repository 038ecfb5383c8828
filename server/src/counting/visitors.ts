/**
 * Who is counted, without cookies and without keeping anything about the visitor.
 *
 * Bots are not counted (the rule, also in README): a request without a User-Agent, one whose
 * User-Agent names a crawler, a link preview, a headless browser or an HTTP library, and a
 * browser's prefetch. (Node's own fetch says just `node`.) A visit is one visitor on one vacancy within 30 minutes: the visitor is
 * recognised by a hash of their address and User-Agent with a random salt that lives only in
 * this process's memory and changes every day, so the hash cannot be linked to anyone, not
 * even by us, and nothing of it is ever written down.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { dutchDate } from '@samenwerven/calendar';

const BOT =
  /^node\b|bot|crawl|spider|slurp|scrap|preview|facebookexternalhit|embedly|whatsapp|telegram|headless|lighthouse|pagespeed|curl|wget|python|httpclient|http-client|okhttp|axios|node-fetch|undici|go-http|java\/|libwww|perl|ruby|php|monitor|uptime|pingdom|check/i;

export interface VisitorHeaders {
  'user-agent'?: string | undefined;
  purpose?: string | string[] | undefined;
  'sec-purpose'?: string | string[] | undefined;
}

export function isCountedVisitor(headers: VisitorHeaders): boolean {
  const agent = headers['user-agent'];
  if (!agent || BOT.test(agent)) return false;
  const purpose = `${headers.purpose ?? ''} ${headers['sec-purpose'] ?? ''}`;
  return !/prefetch|prerender/i.test(purpose);
}

const VISIT_MS = 30 * 60_000;

/** Remembers, for half an hour, which (salted, hashed) visitor saw which vacancy (or made which search). */
export class VisitMemory {
  readonly #seen = new LRUCache<string, true>({ max: 200_000, ttl: VISIT_MS });
  #salt = randomBytes(32);
  #saltDay = '';

  /** True the first time in a visit; false when this visitor saw this subject (a vacancy, a search) in the last 30 minutes. */
  isNewVisit(address: string, agent: string, subject: string, now: Date = new Date()): boolean {
    const day = dutchDate(now);
    if (day !== this.#saltDay) {
      this.#salt = randomBytes(32);
      this.#saltDay = day;
      this.#seen.clear();
    }
    const key = createHash('sha256').update(this.#salt).update(`${address}\n${agent}\n${subject}`).digest('base64url');
    if (this.#seen.has(key)) return false;
    this.#seen.set(key, true);
    return true;
  }
}
