/**
 * Every internal URL goes through here, because Astro adds `base` only to the
 * assets it bundles, never to hand-written links (see research/ecosystem.md §1.10).
 */

/** Joins the site's base path and a site path: withBase('/', 'causes/x/') → '/causes/x/'. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}

/** True for links that point inside the site from its root ("/causes/…"), not "//cdn…" or "#…". */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** A phone number as a `tel:` link: digits and a leading "+" only, "(555) 010-4477" → "tel:5550104477". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A site path with the deployment's base path in front: href('causes/x/') → '/sciatica/causes/x/'. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
