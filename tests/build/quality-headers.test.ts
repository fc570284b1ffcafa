// Security headers: public/_headers (Netlify/Cloudflare Pages format) sets a CSP with no
// 'unsafe-inline' for scripts plus the usual hardening headers, and every page's own
// <meta> CSP hashes exactly the inline code the page has.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../helpers/dist';
import { distDir, root } from '../helpers/paths';
import { parseCsp, parseHeadersFile } from '../helpers/headersFile';
import { page$ } from '../helpers/html';

const file = readFileSync(join(root, 'public/_headers'), 'utf8');
const rules = parseHeadersFile(file);
const all = rules.find((r) => r.path === '/*')?.headers ?? {};
const csp = parseCsp(all['Content-Security-Policy'] ?? '');

describe('public/_headers', () => {
  it('is copied into the build as it is', () => {
    expect(existsSync(join(distDir, '_headers'))).toBe(true);
    expect(readFileSync(join(distDir, '_headers'), 'utf8')).toBe(file);
  });

  it('sends a CSP whose scripts are this site\'s files only, with what Pagefind needs', () => {
    const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.some((s) => /^(https?:|\*|data:|blob:)/.test(s)), 'no script from any other origin').toBe(false);
    expect(scripts, 'Pagefind compiles WebAssembly').toContain("'wasm-unsafe-eval'");
    expect(csp.get('worker-src'), 'Pagefind may start its worker from a blob').toEqual(expect.arrayContaining(["'self'", 'blob:']));
    expect(csp.get('style-src'), 'stylesheets are files too').toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(all['Strict-Transport-Security'] ?? '')?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(['no-referrer', 'strict-origin-when-cross-origin', 'same-origin', 'strict-origin']).toContain(all['Referrer-Policy']);
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(all['Permissions-Policy']).toContain(`${feature}=()`);
  });
});

describe('each page\'s <meta> CSP', () => {
  const pages = builtPages();
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it.each(pages)('%s hashes every inline script and style, and allows no inline code otherwise', (page) => {
    const $ = page$(page);
    const content = $('meta[http-equiv="content-security-policy"]').attr('content');
    expect(content, 'the page carries a CSP').toBeTruthy();
    const policy = parseCsp(content!);
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(styleSrc).not.toContain("'unsafe-inline'");
    // Script and style contents are raw text to the parser: hashed exactly as the browser hashes them.
    for (const el of $('script:not([src]):not([type="application/ld+json"])').toArray()) {
      const code = $(el).text();
      if (code) expect(scriptSrc, `inline script ${code.slice(0, 60)}`).toContain(sha256(code));
    }
    for (const el of $('style').toArray()) {
      const code = $(el).text();
      expect(styleSrc, `inline style ${code.slice(0, 60)}`).toContain(sha256(code));
    }
    expect($('[style]').toArray().map((el) => el.tagName), 'no style="" attributes (the CSP would block them)').toEqual([]);
  });
});
