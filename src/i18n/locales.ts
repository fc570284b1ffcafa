/**
 * The languages the site can speak. The practice's own language is English, US or UK
 * (site.yaml `lang`); other languages are published beside it under their own path
 * (site.yaml `otherLanguages`), with their pages in content/<path>/.
 */
export const LOCALES = ['en-US', 'en-GB'] as const;
export type EnglishLocale = (typeof LOCALES)[number];

export const OTHER_LANGUAGES = {
  es: { locale: 'es-US', name: 'Español', englishName: 'Spanish', path: 'es' },
} as const;
export type OtherLanguage = keyof typeof OTHER_LANGUAGES;
export const OTHER_LANGUAGE_CODES = Object.keys(OTHER_LANGUAGES) as OtherLanguage[];

/** A page's language: English, or one of the others. */
export type Lang = 'en' | OtherLanguage;
export type Locale = EnglishLocale | (typeof OTHER_LANGUAGES)[OtherLanguage]['locale'];
