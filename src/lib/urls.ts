/**
 * Every internal URL goes through here, because Astro adds `base` only to the
 * assets it bundles, never to hand-written links (see research/ecosystem.md §1.10).
 */
import { OTHER_LANGUAGES, type Lang } from '../i18n/locales';

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

/** Other languages live under their own first segment: "es/causes/x/". English has none. */
export const LANGUAGE_PATHS: Record<string, string> = Object.fromEntries(Object.entries(OTHER_LANGUAGES).map(([lang, { path }]) => [lang, path]));

/** A site path in a language: localPath('es', 'causes/x/') → 'es/causes/x/'; English paths are unchanged. */
export function localPath(lang: string, path: string): string {
  const bare = path.replace(/^\/+/, '');
  const prefix = LANGUAGE_PATHS[lang];
  return prefix ? `${prefix}/${bare}` : bare;
}

/** The language of a site path (without the base) and the path in English: 'es/causes/x/' → ['es', 'causes/x/']. */
export function splitLanguage(path: string): [string, string] {
  const bare = path.replace(/^\/+/, '');
  for (const [lang, prefix] of Object.entries(LANGUAGE_PATHS)) {
    if (bare === prefix || bare.startsWith(`${prefix}/`)) return [lang, bare.slice(prefix.length + 1)];
  }
  return ['en', bare];
}

/** The language of a content file from its path: content/es/… is Spanish, everything else English. */
export function languageOfFile(path: string | undefined): Lang {
  const folder = path ? /\/content\/([^/]+)\//.exec(path)?.[1] : undefined;
  const lang = Object.entries(LANGUAGE_PATHS).find(([, prefix]) => prefix === folder)?.[0];
  return (lang as Lang | undefined) ?? 'en';
}
