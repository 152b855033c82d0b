// A self-contained HTML page documenting the API from the OpenAPI document: no CDN, no script, so it
// passes the same CSP as the explorer.

function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

interface Param { name: string; in: string; required?: boolean; description?: string; schema?: Record<string, unknown> }
interface Operation { summary?: string; description?: string; tags?: string[]; parameters?: Param[]; requestBody?: unknown }

function schemaText(s: Record<string, unknown> | undefined): string {
  if (!s) return '';
  const parts: string[] = [];
  if (s.type) parts.push(String(s.type));
  if (Array.isArray(s.enum)) parts.push(`one of ${s.enum.join(', ')}`);
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.pattern) parts.push(`pattern ${s.pattern}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join('; ');
}

/** Served as its own file: the CSP allows only same-origin styles, no inline ones. */
export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left}
.m{display:inline-block;min-width:3.5rem;color:#fff;background:#0072B2;padding:0 .4rem;border-radius:3px;font-size:.8em}`;

export function renderDocsPage(doc: Record<string, unknown>): string {
  const info = doc.info as { title: string; version: string; description: string };
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const sections = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const rows = (op.parameters ?? []).map((p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${esc(schemaText(p.schema))}${p.description ? ` — ${esc(p.description)}` : ''}</td></tr>`).join('');
      const body = op.requestBody ? `<p>Body: <code>${esc(JSON.stringify((op.requestBody as { content: Record<string, { schema: unknown }> }).content['application/json']?.schema))}</code></p>` : '';
      return `<section><h2><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>
<p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}
${rows ? `<table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${rows}</table>` : ''}${body}</section>`;
    }));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(info.title)}</title>
<link rel="stylesheet" href="/api/docs.css">
</head><body><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${sections.join('\n')}</body></html>`;
}
