/** Reading host headers: the `_headers` reader is the static server's own, so tests and server agree. */
export { parseHeadersFile, headersFor, type HeaderRule } from '../../scripts/lib/static-server.mjs';

/** Directive name → its sources, from a Content-Security-Policy value. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}
