/**
 * The routes a Fastify app registered, read from its route tree: the method and the URL with
 * Fastify's parameters (`:id`). Where two routes name a parameter of one node differently, the
 * tree writes both names (`:orgId|:slug`).
 */
import type { App } from '@samenwerven/server';

export function registeredRoutes(app: App): { method: string; url: string }[] {
  const tree = app.printRoutes({ commonPrefix: false });
  const routes: { method: string; url: string }[] = [];
  const stack: { depth: number; prefix: string }[] = [];
  for (const line of tree.split('\n')) {
    const match = line.match(/^([\s│]*)[└├]── (\S*)(?: \(([A-Z, ]+)\))?/);
    if (!match) continue;
    const depth = match[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const url = `${stack[stack.length - 1]?.prefix ?? ''}${match[2]}`;
    stack.push({ depth, prefix: url });
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method, url });
  }
  return routes;
}

/** Whether a request's path is one the route's URL stands for (each parameter one segment). */
export function routeMatches(route: string, path: string): boolean {
  const pattern = route
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}$`).test(path);
}
