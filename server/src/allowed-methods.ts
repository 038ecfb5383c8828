import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay, { type HTTPMethod } from 'find-my-way';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The methods the API takes at a path (`/api/v1/vacancies/1` → GET, HEAD, PUT, …), empty
     * where no route matches it by any method. Catch-alls (the pages, the CORS preflight) are not
     * counted: they would make every path "allowed".
     */
    allowedMethods(path: string): string[];
  }
}

/**
 * A request by a method the path does not take is answered 405 with `Allow` (RFC 9110 §15.5.6),
 * not 404: an integrator who sends `DELETE` where only `PUT` exists learns what is wrong. Fastify
 * routes by method first and has no such answer itself, so the routes are indexed here a second
 * time, by path, in the same router Fastify uses (find-my-way), to match a path as Fastify would.
 */
const allowedMethods: FastifyPluginAsync = async (app) => {
  const byPath = FindMyWay();
  const methods = new Set<HTTPMethod>();
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    for (const method of [route.method].flat() as HTTPMethod[]) {
      // The HEAD Fastify adds beside every GET is reported again for each GET: once is enough.
      if (byPath.hasRoute(method, route.url)) continue;
      byPath.on(method, route.url, () => undefined);
      methods.add(method);
    }
  });
  app.decorate('allowedMethods', (path: string) =>
    [...methods].filter((method) => byPath.find(method, path) !== null).sort(),
  );
};

export const allowedMethodsIndex = fp(allowedMethods, { name: 'allowed-methods' });
