/**
 * The search UI, as one file: the header box (<site-search>) and the /search/ page
 * (<search-page>). One chunk with no imports of its own, so the header's loader can fetch
 * it with a plain import() and nothing else (see searchBoot.ts). Styles live with the
 * components (src/components/search/search-results.css).
 */
import { SiteSearch } from './searchBox';
import { SearchPage } from './searchPage';

for (const [name, element] of [
  ['site-search', SiteSearch],
  ['search-page', SearchPage],
] as const) {
  if (!customElements.get(name)) customElements.define(name, element);
}
