/**
 * The limits on the public forms that mail an address someone typed (applying, alerts, joining
 * the alliance): a handful an hour from one address is plenty for people, and keeps the portal
 * from being used to flood someone's mailbox.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { limitedNetwork } from './network-address.ts';

const HOUR_MS = 60 * 60_000;

/**
 * A hook that counts the request against `max` an hour per client network under `name` (an IPv6
 * address by its /64: `limitedNetwork`), and
 * refuses it with 429 (and how long to wait) once they are used. Where the hook runs decides what
 * counts: as a preHandler only requests that passed validation, so a form sent back for a typo
 * costs the person nothing.
 */
export function hourlyLimitPerAddress(app: FastifyInstance, name: string, max: number) {
  const limit = app.createRateLimit({
    max,
    timeWindow: HOUR_MS,
    keyGenerator: (request) => `${name}:${limitedNetwork(request.ip)}`,
  });
  return async (request: FastifyRequest): Promise<void> => {
    const result = await limit(request);
    if (!result.isAllowed && result.isExceeded)
      throw new AppError(429, 'rate_limited', 'error.too_many_requests', {
        retryAfterSeconds: Math.ceil(result.ttlInSeconds),
      });
  };
}
