/**
 * Reads what the pre-flight content check needs from disk: every file under content/
 * (text, or just the path for images), and the site paths that are not articles (static
 * pages in src/pages/, files in public/), so links to them count as working.
 * Shared by the loaders (build and dev), scripts/check.mjs and the tests.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './entries';

const IMAGE = /\.(png|jpe?g|webp|avif|gif|ico|pdf|docx?)$/i;

function walk(dir: string, visit: (path: string) => void) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, visit);
    else visit(path);
  }
}

const posix = (path: string) => path.split(sep).join('/');

/** Every file in <root>/content, with paths from the root ("content/causes/x.md"). */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  walk(join(root, 'content'), (path) => {
    const rel = posix(relative(root, path));
    // Images and large files are listed by path only: the checks need only their names.
    const isText = !IMAGE.test(path) && statSync(path).size < 1024 * 1024;
    files.push({ path: rel, text: isText ? readFileSync(path, 'utf8') : undefined });
  });
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Site paths that exist besides articles and section lists: static pages in src/pages
 * (index.astro → /, sources.astro → /sources/, robots.txt.ts → /robots.txt) and files in
 * public/. Dynamic routes ([slug]) are covered by the article checks.
 */
export function staticRoutes(root: string): string[] {
  const routes = new Set<string>(['/']);
  const pages = join(root, 'src', 'pages');
  walk(pages, (path) => {
    const rel = posix(relative(pages, path));
    if (rel.includes('[') || /(^|\/)_/.test(rel)) return;
    const endpoint = /^(.*\.[a-z0-9]+)\.(ts|js|mjs)$/i.exec(rel);
    if (endpoint) {
      routes.add(`/${endpoint[1]}`);
      return;
    }
    const page = /^(.*?)(?:\/?index)?\.(astro|md|mdx|html)$/.exec(rel);
    if (!page) return;
    if (/^404$|^500$/.test(page[1] ?? '')) return;
    routes.add(page[1] ? `/${page[1]}/` : '/');
  });
  walk(join(root, 'public'), (path) => routes.add(`/${posix(relative(join(root, 'public'), path))}`));
  // Written by integrations at build time.
  for (const generated of ['/sitemap-index.xml', '/sitemap-0.xml']) routes.add(generated);
  return [...routes].sort();
}
