/**
 * `npm run check:cycles`, second half: what madge cannot see, since it leaves `@samenwerven/*`
 * imports out as outside packages (found by a newcomer's review, who added a cycle and saw it pass).
 *
 * - The workspace packages import each other without a cycle (calendar ← db ← search ← server).
 * - Each package declares what its code imports, so it works on its own and not only because
 *   npm hoists every package's dependencies into one node_modules. The root's tools count as
 *   declared for tests only.
 *
 * Imports are read by TypeScript's own pre-processor (static, dynamic, type-only and re-exports alike).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workspaces = ['calendar', 'slug', 'db', 'search', 'server', 'web', 'tests'];
/** Where each package's own code is: its sources, and for `tests` everything in it. */
const codeOf = (workspace: string) => (workspace === 'tests' ? 'tests' : `${workspace}/src`);

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as Manifest;
const declared = (m: Manifest) =>
  new Set([
    ...Object.keys(m.dependencies ?? {}),
    ...Object.keys(m.devDependencies ?? {}),
    ...Object.keys(m.peerDependencies ?? {}),
  ]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'artifacts') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or undefined. */
function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || specifier.startsWith('node:') || specifier.startsWith('virtual:')) return undefined;
  const [first = '', second] = specifier.split('/');
  const name = first.startsWith('@') ? `${first}/${second}` : first;
  return builtinModules.includes(name) ? undefined : name;
}

// The root's tools (vitest, typescript, …) serve the tests, in every package; code that runs
// otherwise declares what it imports in its own package, so that an install of that package
// alone (the Docker image's, without dev dependencies) has it (a newcomer's review: any file
// could import a root tool).
const tooling = declared(manifest('.'));
const isTest = (file: string, workspace: string) => workspace === 'tests' || /\.test\.tsx?$/.test(file);
/**
 * Code that runs only on a developer's machine: it may use its package's dev dependencies. The
 * rest runs in the image too, installed without them (a diff review: a runtime import of the
 * server's OpenAPI tools passed as declared). The web app is bundled at build time: all of its
 * code may.
 */
const isDevelopmentOnly = (file: string, workspace: string) =>
  isTest(file, workspace) ||
  workspace === 'web' ||
  path.relative(root, file) === path.join('server', 'src', 'cli', 'openapi.ts');
const runtime = (m: Manifest) =>
  new Set([...Object.keys(m.dependencies ?? {}), ...Object.keys(m.peerDependencies ?? {})]);
const problems: string[] = [];
const uses = new Map<string, Set<string>>();
for (const workspace of workspaces) {
  const own = manifest(workspace);
  const allowed = declared(own);
  const atRuntime = runtime(own);
  const internal = new Set<string>();
  for (const file of sourceFiles(path.join(root, codeOf(workspace)))) {
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const name = packageOf(specifier);
      if (!name || name === own.name) continue;
      if (name.startsWith('@samenwerven/')) internal.add(name);
      if (!allowed.has(name) && !(isTest(file, workspace) && tooling.has(name)))
        problems.push(`${path.relative(root, file)} imports ${name}, which ${workspace}/package.json does not declare`);
      else if (allowed.has(name) && !atRuntime.has(name) && !isDevelopmentOnly(file, workspace))
        problems.push(
          `${path.relative(root, file)} imports ${name}, a dev dependency of ${workspace}, which an install without them lacks`,
        );
    }
  }
  uses.set(own.name, internal);
}

/** A cycle among the workspace packages, as the names along it, or undefined. */
function cycle(): string[] | undefined {
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): string[] | undefined => {
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name];
    if (done.has(name)) return undefined;
    for (const next of uses.get(name) ?? []) {
      const found = visit(next, [...trail, name]);
      if (found) return found;
    }
    done.add(name);
    return undefined;
  };
  for (const name of uses.keys()) {
    const found = visit(name, []);
    if (found) return found;
  }
  return undefined;
}
const found = cycle();
if (found) problems.push(`the packages import each other in a cycle: ${found.join(' → ')}`);

if (problems.length > 0) {
  process.stderr.write(`${[...new Set(problems)].join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`${workspaces.length} packages: no cycle between them, every import declared\n`);
