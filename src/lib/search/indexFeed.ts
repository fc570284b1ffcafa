/**
 * Hands each built page to the search index while the build is still rendering the others.
 * src/integrations/pagefind.ts opens Pagefind's indexing service when `astro build` starts and
 * registers a feed here; src/middleware.ts passes every page through `feedSearchIndex`. Pagefind
 * parses and indexes the HTML in its own process, on the other core, so when the pages are done
 * only writing the index is left (instead of reading back 1,000 files and indexing them then).
 * Outside a build (dev, tests) no feed is registered and pages pass through untouched.
 */

/** Path from the site root, without the base ("/causes/herniated-disc/"), and the page's HTML. */
export type SearchFeed = (url: string, html: string) => void;

const KEY = Symbol.for('sciatica-site.search-feed');
const slot = globalThis as { [KEY]?: SearchFeed | undefined };

/** The integration, at the start of a build: where pages go. `undefined` closes the feed. */
export function registerSearchFeed(feed: SearchFeed | undefined): void {
  slot[KEY] = feed;
}

/**
 * Gives a rendered page to the feed when a build has one and the page has something to index
 * (`data-pagefind-body`); returns the response to send on (its body already read, as text).
 */
export async function feedSearchIndex(pathname: string, base: string, response: Response): Promise<Response> {
  const feed = slot[KEY];
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) {
    const root = base.endsWith('/') ? base : `${base}/`;
    const fromBase = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
    feed(`/${fromBase}`, html);
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}
