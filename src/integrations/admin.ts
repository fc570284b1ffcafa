/**
 * /admin/: Decap CMS, served from the site's own origin. After the build it copies Decap's
 * bundle from node_modules (no CDN: the site makes no request to another origin), writes the
 * page with its own CSP, and a start script holding the configuration made from the zod
 * schemas (src/admin/cmsConfig.ts). The page is no Astro route, so it is in no sitemap, feed
 * or search index, and carries no site-wide <meta> CSP that would block the CMS.
 *
 * Environment, read at build time:
 * - CMS_LOCAL_BACKEND: decap-server's API (set by `npm run admin`, `npm start` and the tests):
 *   the CMS edits the working tree, with no account; the CSP allows that one origin.
 * - CMS_GITHUB_REPO / CMS_GITHUB_BRANCH: the repository editors commit to; left out, taken
 *   from editBaseUrl in content/practice/site.yaml when it is a GitHub address.
 * - CMS_AUTH_URL: the OAuth proxy for "Login with GitHub" (left out: Netlify's). README, "The content editor".
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_COLLECTIONS, ARTICLES } from '../collections';
import { checkedContent } from '../editorial/pipeline';
import { ADMIN_FILES, adminCsp, adminPage, isDecapRuntimeFile, MANUAL_INIT_SCRIPT, startScript } from '../admin/adminPage';
import { cmsConfig, githubRepoOf } from '../admin/cmsConfig';
import { fieldDocsFromSources } from '../admin/fieldDocs';

/** The JSDoc of every schema field, read from the sources (src/admin/fieldDocs.ts). */
export function readFieldDocs(root: string) {
  const schemas = join(root, 'src/schemas');
  const sources = Object.fromEntries(
    readdirSync(schemas)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => [`src/schemas/${name}`, readFileSync(join(schemas, name), 'utf8')]),
  );
  return fieldDocsFromSources(readFileSync(join(root, 'src/collections.ts'), 'utf8'), sources);
}

/** The favicon a built page links. */
function faviconOf(html: string): { href: string; type?: string } | undefined {
  const link = /<link\b[^>]*\brel="icon"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1];
  const type = link && /\btype="([^"]+)"/.exec(link)?.[1];
  return href ? { href, ...(type ? { type } : {}) } : undefined;
}

/** The stylesheets a built page links, as the site serves them (same origin). */
function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]).filter((href): href is string => Boolean(href));
}

/**
 * Writes /admin/ into a built site in `out`: Decap's files, the page, and the configuration
 * made from the schemas of the project in `root`. The build runs it; the editor's end-to-end
 * test runs it on a copy of a build, with its own local proxy, instead of building again.
 */
export function writeAdminArea({ root, out, base, site, localBackend, log }: { root: string; out: string; base: string; site: string; localBackend?: string | undefined; log: Pick<AstroIntegrationLogger, 'info' | 'warn'> }) {
  const admin = join(out, 'admin');
  const practice = checkedContent(root).entries.find((e) => e.collection === 'practice')?.data ?? {};
  const fromSettings = githubRepoOf(practice.editBaseUrl as string | undefined);
  const repo = process.env.CMS_GITHUB_REPO || fromSettings?.repo;
  if (!repo && !localBackend) {
    log.warn('/admin/ does not know your GitHub repository: set editBaseUrl in content/practice/site.yaml (or CMS_GITHUB_REPO) to sign in there. README, "The content editor".');
  }
  const config = cmsConfig(readFieldDocs(root), {
    backend: { repo: repo ?? 'your-account/your-repository', branch: process.env.CMS_GITHUB_BRANCH || fromSettings?.branch || 'main', authUrl: process.env.CMS_AUTH_URL },
    localBackend,
    siteUrl: site,
  });

  // Decap's bundle, its lazy chunks and WebAssembly, from the installed package.
  const dist = dirname(createRequire(join(root, 'package.json')).resolve('decap-cms/dist/decap-cms.js'));
  mkdirSync(join(admin, dirname(ADMIN_FILES.bundle)), { recursive: true });
  for (const name of readdirSync(dist).filter(isDecapRuntimeFile)) copyFileSync(join(dist, name), join(admin, dirname(ADMIN_FILES.bundle), name));

  // The preview uses the stylesheets of a real page: the home page's, and an article's (.prose).
  const firstArticle = ARTICLE_COLLECTIONS.map((c) => join(out, ARTICLES[c].path)).find((folder) => existsSync(folder));
  const articlePage = firstArticle && readdirSync(firstArticle, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(join(firstArticle, e.name, 'index.html')));
  const pages = [join(out, 'index.html'), ...(firstArticle && articlePage ? [join(firstArticle, articlePage.name, 'index.html')] : [])];
  const previewStyles = [...new Set(pages.filter((p) => existsSync(p)).flatMap((p) => stylesheetsOf(readFileSync(p, 'utf8'))))];

  const home = existsSync(join(out, 'index.html')) ? readFileSync(join(out, 'index.html'), 'utf8') : '';
  writeFileSync(
    join(admin, ADMIN_FILES.page),
    adminPage({ base, practiceName: String(practice.name ?? 'the site'), lang: String(practice.lang ?? 'en-US'), csp: adminCsp({ localBackend }), favicon: faviconOf(home) }),
  );
  writeFileSync(join(admin, ADMIN_FILES.manualInit), MANUAL_INIT_SCRIPT);
  writeFileSync(join(admin, ADMIN_FILES.start), startScript({ config, previewStyles, articleCollections: [...ARTICLE_COLLECTIONS] }));
  log.info(`/admin/: Decap CMS with ${config.collections.length} collections${localBackend ? `, editing this folder through ${localBackend}` : `, committing to ${repo ?? '(no repository set)'} on GitHub`}.`);
}

export default function adminArea(): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  return {
    name: 'site:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = new URL(base, config.site ?? 'http://localhost:4321').href;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeAdminArea({ root, out: fileURLToPath(dir), base, site, localBackend: process.env.CMS_LOCAL_BACKEND || undefined, log: logger });
      },
    },
  };
}
