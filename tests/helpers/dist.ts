/** Reading the built site in tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from './paths';

/**
 * /admin/ is the content editor (Decap CMS, src/integrations/admin.ts), not a page of the site:
 * a vendor bundle with its own CSP, no site layout and the schema's editor notes. The tests that
 * walk every page or file (HTML, axe, links, budgets, SEO, CSP, words) leave it out;
 * tests/e2e/admin.test.ts, quality-privacy and tests/build/admin.test.ts hold it to its own rules.
 */
const isAdmin = (dir: string, path: string) => relative(dir, path) === 'admin';

/** Every built HTML page as a site path ("/causes/herniated-disc/"), pagefind's own files and /admin/ excluded. */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro' && !isAdmin(dir, p)) walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The HTML of a built page by its site path. */
export function readPage(path: string, dir = distDir): string {
  const clean = path.replace(/^\//, '');
  // "/404" is 404.html: builtPages() names top-level files without their extension.
  const candidates = [join(dir, clean, 'index.html'), join(dir, clean), join(dir, `${clean}.html`)];
  const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!file) throw new Error(`No built page for ${path}`);
  return readFileSync(file, 'utf8');
}

/** Every text file of a build (HTML, XML, JSON, JS, CSS, txt), share images, fonts and /admin/ left out. */
export function builtFiles(dir = distDir): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!isAdmin(dir, p)) walk(p);
      } else if (/\.(html|xml|json|js|mjs|css|txt|webmanifest)$/.test(name) && !/^pagefind/.test(relative(dir, p))) files.push(p);
    }
  };
  walk(dir);
  return files.sort();
}
