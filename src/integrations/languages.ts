/**
 * Publishes the other languages site.yaml names (otherLanguages: [es]) under their own path:
 * each page of src/pages/ has a twin in src/routes/<lang>/ that renders the same template,
 * and the middleware gives it that language's site. A practice that leaves otherLanguages
 * out builds English only.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { OTHER_LANGUAGES, type OtherLanguage } from '../i18n/locales';

/** Route pattern (after the language's path) → twin file in src/routes/<lang>/. */
export const TWIN_ROUTES: Record<string, string> = {
  '/': 'index.astro',
  '/about/': 'about.astro',
  '/practice/': 'practice.astro',
  '/sources/': 'sources.astro',
  '/404': '404.astro',
  '/book/': 'book/index.astro',
  '/book/thanks/': 'book/thanks/index.astro',
  '/search/': 'search/index.astro',
  '/search/words.json': 'search/words.json.ts',
  '/search/strings.json': 'search/strings.json.ts',
  '/faq/': 'faq/index.astro',
  '/red-flags/': 'red-flags/index.astro',
  '/emergency-card/': 'emergency-card/index.astro',
  '/rss.xml': 'rss.xml.ts',
  '/[section]/': '[section]/index.astro',
  '/[section]/[slug]/': '[section]/[slug].astro',
};

/** The languages content/practice/site.yaml publishes besides English (read before Astro loads content). */
export function publishedLanguages(root: string): OtherLanguage[] {
  try {
    const settings = parse(readFileSync(join(root, 'content/practice/site.yaml'), 'utf8')) as { otherLanguages?: unknown };
    const list = Array.isArray(settings?.otherLanguages) ? settings.otherLanguages : [];
    return list.filter((l): l is OtherLanguage => typeof l === 'string' && l in OTHER_LANGUAGES);
  } catch {
    // A broken site.yaml is reported by the content check, with its line.
    return [];
  }
}

export default function languages(): AstroIntegration {
  return {
    name: 'site-languages',
    hooks: {
      'astro:config:setup': ({ injectRoute, config }) => {
        const root = config.root.pathname;
        for (const lang of publishedLanguages(root)) {
          const { path } = OTHER_LANGUAGES[lang];
          for (const [pattern, file] of Object.entries(TWIN_ROUTES)) {
            injectRoute({ pattern: `/${path}${pattern}`, entrypoint: `./src/routes/${lang}/${file}`, prerender: true });
          }
        }
      },
      // /es/404 is written as es/404/index.html; hosts that look for the nearest 404.html
      // (Cloudflare Pages, Netlify with a rule) want es/404.html.
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of publishedLanguages(process.cwd())) {
          const folder = join(out, OTHER_LANGUAGES[lang].path, '404');
          if (!existsSync(join(folder, 'index.html'))) continue;
          renameSync(join(folder, 'index.html'), join(out, OTHER_LANGUAGES[lang].path, '404.html'));
          rmSync(folder, { recursive: true, force: true });
        }
      },
    },
  };
}
