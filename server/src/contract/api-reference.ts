/**
 * The API reference at /api/docs: the OpenAPI document (/api/v1/openapi.json) as a plain page the
 * portal writes itself, so that it meets the accessibility every other page of the portal meets
 * (WCAG 2.2 AA: headings, lists, no script, reflow at 320 px). A generated "try it" page (Swagger
 * UI) failed axe on contrast, nested controls and unnamed fields. In English, as the API is.
 */
import { escapeMarkup } from '../text.ts';

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  'x-api-key-scope'?: string;
  /** The roles of the people who may call it (auth/plugin.ts), when not every signed-in one. */
  'x-roles'?: string[];
  requestBody?: { description?: string; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}

interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: {
    securitySchemes?: Record<string, { description?: string }>;
    schemas?: Record<string, Schema>;
  };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const html = escapeMarkup;

/** Text with `code` spans, as the route summaries write it. */
const prose = (text: string) => html(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** A schema as a short outline a reader takes in: `name?: type`, objects indented. */
export function outlineOf(schema: Schema | undefined, indent = ''): string {
  if (!schema) return 'any';
  const nullable = schema.nullable === true ? ' | null' : '';
  if (typeof schema.$ref === 'string') return `${schema.$ref.replace(/^#\/components\/schemas\//, '')}${nullable}`;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts)) {
      return parts.map((part: Schema) => outlineOf(part, indent)).join(key === 'allOf' ? ' & ' : ' | ') + nullable;
    }
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ') + nullable;
  if (schema.type === 'array') return `${outlineOf(schema.items as Schema | undefined, indent)}[]${nullable}`;
  if (schema.type === 'object' || schema.properties) {
    const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
    if (properties.length === 0) return `object${nullable}`;
    const required = new Set((schema.required ?? []) as string[]);
    const inner = `${indent}  `;
    const lines = properties.map(
      ([name, property]) => `${inner}${name}${required.has(name) ? '' : '?'}: ${outlineOf(property, inner)}`,
    );
    return `{\n${lines.join('\n')}\n${indent}}${nullable}`;
  }
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  return `${typeof schema.type === 'string' ? schema.type : 'any'}${format}${nullable}`;
}

const ROLE_NAMES: Record<string, string> = {
  job_seeker: 'a job seeker',
  hr_officer: 'an HR officer',
  org_admin: 'an organisation admin',
  coordinator: 'the coordinator',
};

/** Who may call the operation, from its security requirements and roles (auth/plugin.ts writes them). */
function callers(operation: Operation): string {
  const schemes = (operation.security ?? []).map((requirement) => Object.keys(requirement));
  if (schemes.length === 0 || schemes.some((names) => names.length === 0)) {
    const more = schemes.some((names) => names.length > 0) ? ' (signed-in staff and keys may get more)' : '';
    return `Anyone${more}.`;
  }
  const names = new Set(schemes.flat());
  const roles = (operation['x-roles'] ?? []).map((role) => ROLE_NAMES[role] ?? role);
  const people =
    roles.length === 0
      ? 'signed in'
      : `signed in as ${roles.slice(0, -1).join(', ')}${roles.length > 1 ? ' or ' : ''}${roles.at(-1)}`;
  const ways = [
    names.has('bearer') || names.has('cookie') ? `${people} (bearer token or session cookie)` : null,
    names.has('apiKey')
      ? `an organisation API key${operation['x-api-key-scope'] ? ` with the scope <code>${html(operation['x-api-key-scope'])}</code>` : ''}`
      : null,
  ].filter((way): way is string => way !== null);
  return `${ways.join(', or ')}.`.replace(/^./, (first) => first.toUpperCase());
}

function parametersPart(parameters: Parameter[]): string {
  if (parameters.length === 0) return '';
  const items = parameters.map((parameter) => {
    const facts = [parameter.in, parameter.required ? 'required' : 'optional', outlineOf(parameter.schema)];
    return (
      `<dt><code>${html(parameter.name)}</code> <span class="facts">${html(facts.join(', '))}</span></dt>` +
      `<dd>${parameter.description ? prose(parameter.description) : '—'}</dd>`
    );
  });
  return `<h4>Parameters</h4><dl class="parameters">${items.join('')}</dl>`;
}

function contentPart(content: Record<string, { schema?: Schema }> | undefined, label: string): string {
  if (!content) return '';
  return Object.entries(content)
    .map(
      ([type, { schema }]) =>
        `<details><summary>${html(label)}: <code>${html(type)}</code></summary><pre>${html(outlineOf(schema))}</pre></details>`,
    )
    .join('');
}

function operationPart(method: string, path: string, operation: Operation, id: string): string {
  const body = operation.requestBody;
  const responses = Object.entries(operation.responses ?? {}).map(
    ([status, response]) =>
      `<li><strong>${html(status)}</strong> ${response.description ? prose(response.description) : ''}` +
      `${contentPart(response.content, 'Answer')}</li>`,
  );
  return `<section class="operation" aria-labelledby="${id}">
<h3 id="${id}"><span class="method">${method.toUpperCase()}</span> <code>${html(path)}</code></h3>
${operation.summary ? `<p class="summary">${prose(operation.summary)}</p>` : ''}
${operation.description && operation.description !== operation.summary ? `<p>${prose(operation.description)}</p>` : ''}
<p><strong>Who may call:</strong> ${callers(operation)}</p>
${parametersPart(operation.parameters ?? [])}
${body ? `<h4>Request body</h4>${body.description ? `<p>${prose(body.description)}</p>` : ''}${contentPart(body.content, 'Body')}` : ''}
<h4>Answers</h4><ul class="answers">${responses.join('')}</ul>
</section>`;
}

const STYLE = `
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff}
a{color:#154273}a:focus-visible,summary:focus-visible{outline:3px solid #154273;outline-offset:2px}
.skip{position:absolute;left:-999em}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid #767676}
code,pre{font-family:ui-monospace,Consolas,monospace;font-size:.95em}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f3f3;padding:.75rem;margin:.5rem 0}
code{overflow-wrap:anywhere}
.operation{border-top:1px solid #767676;padding-top:.5rem;margin-top:1.5rem}
.method{display:inline-block;min-width:4.5em;font-family:ui-monospace,Consolas,monospace;color:#fff;background:#154273;padding:0 .3em;margin-right:.3em}
.facts{color:#4b4b4b}
dd{margin:0 0 .5rem 1.5rem}
summary{cursor:pointer;min-height:24px;padding:.25rem 0}
.toc{columns:14rem}
`;

/** The whole page. */
export function renderApiReference(document: OpenApiDocument): string {
  const byTag = new Map<string, { method: string; path: string; operation: Operation }[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, operation }]);
    }
  }
  const tags = [
    ...(document.tags ?? []).filter((tag) => byTag.has(tag.name)),
    ...[...byTag.keys()]
      .filter((name) => !(document.tags ?? []).some((tag) => tag.name === name))
      .map((name) => ({ name, description: undefined })),
  ];
  let counter = 0;
  const sections = tags.map((tag) => {
    const operations = byTag
      .get(tag.name)!
      .map(({ method, path, operation }) => operationPart(method, path, operation, `op-${++counter}`));
    return `<section aria-labelledby="tag-${slug(tag.name)}">
<h2 id="tag-${slug(tag.name)}">${html(tag.name.replace(/^./, (first) => first.toUpperCase()))}</h2>
${tag.description ? `<p>${prose(tag.description)}</p>` : ''}
${operations.join('\n')}
</section>`;
  });
  const schemes = Object.entries(document.components?.securitySchemes ?? {}).map(
    ([name, scheme]) =>
      `<dt><code>${html(name)}</code></dt><dd>${scheme.description ? prose(scheme.description) : ''}</dd>`,
  );
  const schemas = Object.entries(document.components?.schemas ?? {}).map(
    ([name, schema]) => `<h3 id="schema-${slug(name)}">${html(name)}</h3><pre>${html(outlineOf(schema))}</pre>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API documentation — Samenwerven</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#content">Skip to the content</a>
<header><p><a href="/">Samenwerven</a> · <a href="/en/">The portal in English</a> · <a href="/" lang="nl" hreflang="nl">Het portaal in het Nederlands</a></p></header>
<main id="content" tabindex="-1">
<h1>API documentation</h1>
<p>${document.info.description ? prose(document.info.description) : ''} Version ${html(document.info.version)}.</p>
<p>The same description for your tools, as OpenAPI 3.0: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>. Send and expect JSON unless an operation says otherwise; times are ISO 8601.</p>
<h2 id="signing-in">Signing in and keys</h2>
<dl>${schemes.join('')}</dl>
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2>
<ul class="toc">${tags.map((tag) => `<li><a href="#tag-${slug(tag.name)}">${html(tag.name.replace(/^./, (first) => first.toUpperCase()))}</a> (${byTag.get(tag.name)!.length})</li>`).join('')}${schemas.length > 0 ? '<li><a href="#schemas">Shared schemas</a></li>' : ''}</ul>
</nav>
${sections.join('\n')}
${schemas.length > 0 ? `<section aria-labelledby="schemas"><h2 id="schemas">Shared schemas</h2>${schemas.join('')}</section>` : ''}
</main>
</body>
</html>`;
}
