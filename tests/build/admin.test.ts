// /admin/ in the real build (no CMS_LOCAL_BACKEND: the published site): Decap CMS from the
// site's own origin, its own CSP in the page and in public/_headers (and only there), kept out
// of the sitemap, robots, search and the feed. The browser side is in tests/e2e/admin.test.ts
// and quality-privacy.test.ts.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { distDir, root } from '../helpers/paths';
import { headersFor, parseCsp, parseHeadersFile } from '../helpers/headersFile';
import { adminCsp } from '../../src/admin/adminPage';

const admin = join(distDir, 'admin');
const html = readFileSync(join(admin, 'index.html'), 'utf8');
const $ = load(html);
const rules = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8'));

describe('/admin/ in the build', () => {
  it('loads Decap CMS and its start script from this site, no other origin, nothing inline', () => {
    const scripts = $('script').toArray().map((el) => ({ src: $(el).attr('src') ?? '', inline: $(el).text() }));
    expect(scripts.map((s) => s.src)).toEqual(['/admin/manual-init.js', '/admin/decap/decap-cms.js', '/admin/cms.js']);
    expect(scripts.every((s) => s.inline === '')).toBe(true);
    for (const { src } of scripts) expect(existsSync(join(distDir, src)), src).toBe(true);
    // The lazy chunks and WebAssembly the bundle loads at run time, not its 25 MB of source maps.
    const files = readdirSync(join(admin, 'decap'));
    expect(files.some((f) => /^\d+\.decap-cms\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('starts the CMS on GitHub (pull requests), never on a local proxy, with the site\'s stylesheets as preview', () => {
    const start = readFileSync(join(admin, 'cms.js'), 'utf8');
    const config = JSON.parse(/CMS\.init\(\{ config: (.*) \}\);/.exec(start)![1]!) as Record<string, unknown>;
    expect(config).toMatchObject({ backend: { name: 'github' }, publish_mode: 'editorial_workflow' });
    expect(config.local_backend).toBeUndefined();
    const styles = JSON.parse(/(\[[^\]]*\])\.forEach\(function \(href\) \{ CMS\.registerPreviewStyle/.exec(start)![1]!) as string[];
    expect(styles.length).toBeGreaterThan(0);
    for (const href of styles) {
      expect(href).toMatch(/^\/_astro\/.+\.css$/);
      expect(existsSync(join(distDir, href))).toBe(true);
    }
  });

  it('has its own CSP, the same in the page and in public/_headers, and no local proxy', () => {
    const meta = $('meta[http-equiv="Content-Security-Policy"]').attr('content')!;
    expect(meta).toBe(adminCsp());
    expect(meta).not.toMatch(/localhost|127\.0\.0\.1/);
    const served = headersFor(rules, '/admin/');
    expect(served['Content-Security-Policy']).toBe(`${adminCsp()}; frame-ancestors 'none'`);
    expect(served['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    // Every other page keeps the site's policy.
    const site = rules.find((r) => r.path === '/*')!.headers;
    expect(headersFor(rules, '/causes/herniated-disc/')['Content-Security-Policy']).toBe(site['Content-Security-Policy']);
    expect(parseCsp(site['Content-Security-Policy']!).get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('is kept out of search engines, the sitemap, search and the feed', () => {
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect(headersFor(rules, '/admin/')['X-Robots-Tag']).toBe('noindex');
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    for (const file of sitemaps) expect(readFileSync(join(distDir, file), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(distDir, 'rss.xml'), 'utf8')).not.toContain('/admin/');
    // Pagefind indexes only pages with data-pagefind-body.
    expect(html).not.toContain('data-pagefind');
  });
});
