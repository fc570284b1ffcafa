/**
 * The search UI, as one file: the header box (<site-search>) and the /search/ page
 * (<search-page>), each defined by its module. One chunk with no imports of its own, so the
 * header's loader can fetch it with a plain import() and nothing else (see searchBoot.ts).
 * Styles live with the components (src/components/search/search-results.css).
 */
import './searchBox';
import './searchPage';
