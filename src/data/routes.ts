/**
 * The dynamic routes' pages in one language: English under /, the others under their path
 * (/es/). The English routes in src/pages/ and their twins in src/routes/<lang>/ share these,
 * so both languages always publish the same set of pages.
 */
import { SECTIONS } from '../collections';
import { loadSite } from './site';
import { articleCacheKey } from './pageCacheKey';
import type { Lang } from '../lib/i18n';

/** /causes/herniated-disc/, /faq/bed-rest/ … */
export async function articleRoutes(lang: Lang) {
  const site = await loadSite(lang);
  // cacheKey: with ASTRO_INCREMENTAL=1, an unchanged page is copied from the last build (astro.config.mjs).
  return site.articles.map((article) => ({ params: { section: article.section.path, slug: article.id }, props: { article }, cacheKey: articleCacheKey(site, article) }));
}

/** Section lists; red flags and FAQ have pages of their own (grouped by urgency, every answer on one page). */
export function sectionRoutes() {
  return SECTIONS.filter((s) => s.path !== 'faq' && s.path !== 'red-flags').map((section) => ({
    params: { section: section.path },
    props: { collection: section.collection },
  }));
}
