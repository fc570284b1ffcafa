/**
 * The `cacheKey` of an article page for Astro's incremental build (astro.config.mjs,
 * experimental.incrementalBuild): a rebuild copies a page from the last build, unrendered,
 * when its key and its route's code are unchanged. So the key takes in everything the page
 * shows that is not code: the article's own file and data, the titles of its related pages,
 * its "last updated" date, and what every page shows (practice settings, brand, people,
 * sources, locations, the red-flag panel). Editing one article re-renders it and the pages
 * that list it as related; editing site.yaml re-renders every page.
 */
import { createHash } from 'node:crypto';
import { lastUpdated } from './lastUpdated';
import type { Article, Site } from './site';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** Per build: the part of every key that the whole site shares. */
const shared = new WeakMap<Site, string>();

function siteDigest(site: Site): string {
  let digest = shared.get(site);
  if (!digest) {
    digest = sha(
      JSON.stringify({
        practice: site.practice,
        brand: site.brand,
        people: site.people.map((p) => [p.id, p.data]),
        sources: site.sources.map((s) => [s.id, s.data]),
        locations: site.locations.map((l) => [l.id, l.data]),
        redFlags: site.byCollection.redFlags.map((a) => [a.id, a.href, a.entry.data]),
      }),
    );
    shared.set(site, digest);
  }
  return digest;
}

export function articleCacheKey(site: Site, article: Article): string {
  return sha(
    JSON.stringify([
      siteDigest(site),
      article.href,
      // The file's own digest (body and frontmatter as written) and its data as parsed.
      article.entry.digest,
      article.entry.data,
      // In another language: the translation's own text, and whether it is current.
      article.content.digest,
      article.translation,
      article.related,
      article.sources.map((s) => s.id),
      lastUpdated(article.file)?.toISOString(),
    ]),
  );
}
