/**
 * The interface's own words (not the articles, which editors write) per locale, and how
 * dates and times are shown. English comes in US and UK wording (site.yaml `lang`); Spanish
 * pages (/es/) use es-US. Each language has one table in src/i18n/; a new language adds a
 * table there with every key and its entry in src/i18n/locales.ts.
 */
import { en, type UiStrings } from '../i18n/en';
import { es } from '../i18n/es';
import { LOCALES, OTHER_LANGUAGES, type EnglishLocale, type Lang, type Locale } from '../i18n/locales';

export { LOCALES, OTHER_LANGUAGES, OTHER_LANGUAGE_CODES } from '../i18n/locales';
export type { EnglishLocale, Lang, Locale, OtherLanguage } from '../i18n/locales';
export type { UiStrings } from '../i18n/en';
export type HourCycle = 12 | 24;

export const UI_STRINGS: Record<Locale, UiStrings> = {
  'en-US': en,
  'en-GB': { ...en, urgentCare: 'an urgent treatment centre' },
  'es-US': es,
};

export const uiStrings = (locale: Locale): UiStrings => UI_STRINGS[locale];

/** The locale of a page in `lang`, given the practice's English. */
export const localeOf = (lang: Lang, english: EnglishLocale): Locale => (lang === 'en' ? english : OTHER_LANGUAGES[lang].locale);

/** The hour cycle a locale's readers expect when site.yaml does not say. */
export const defaultHourCycle = (locale: Locale): HourCycle => (locale === 'en-US' ? 12 : 24);

export const isEnglishLocale = (locale: string): locale is EnglishLocale => (LOCALES as readonly string[]).includes(locale);
