/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a path pattern
 * on its own line, then indented `Name: value` lines for it; `#` starts a comment.
 */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: raw.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: "${raw.trim()}" is not under a path or has no "Name: value"`);
    const name = raw.slice(0, colon).trim();
    const value = raw.slice(colon + 1).trim();
    // A repeated header is sent once with the values joined, as the hosts do.
    rule.headers[name] = rule.headers[name] ? `${rule.headers[name]}, ${value}` : value;
  }
  return rules;
}

/** Directive name → its sources, from a Content-Security-Policy value. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}
