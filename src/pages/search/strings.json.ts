// /search/strings.json: the sentences the search box and /search/ write in the browser, in
// the page's language (the strings table's pages.searchResults). The search code fetches it
// when it loads, so no page carries them (src/client/search/searchEngine.ts).
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) =>
  new Response(JSON.stringify(locals.site.t.pages.searchResults), { headers: { 'Content-Type': 'application/json' } });
