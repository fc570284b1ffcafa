/**
 * The tokens articles use for words that come from settings and the red-flags collection
 * (rendered by src/markdown/tokens.ts), and what they need: read from the checked content, so
 * the Markdown plugin and the pre-flight agree on every name.
 */
import { URGENCIES, type Urgency } from '../schemas/articles';
import { articlePath } from '../collections';
import type { Entry } from './entries';
import { INLINE_TOKENS, type EmergencySettings } from '../lib/urgency';
import { OTHER_LANGUAGES, type Lang } from '../i18n/locales';
import { localPath } from '../lib/urls';

/** [!name]: lowercase words joined by hyphens. */
export const TOKEN = /\[!([a-z-]+)\]/g;

export const SIGNS_TOKENS = URGENCIES.map((u) => `${u}-signs`);
export const TOKENS = [...INLINE_TOKENS, ...SIGNS_TOKENS];

/** "[!urgent-signs]" → "urgent"; anything else → undefined. */
export function signsToken(text: string): Urgency | undefined {
  const name = /^\[!([a-z-]+)-signs\]$/.exec(text)?.[1];
  return URGENCIES.find((u) => u === name);
}

export interface TokenData {
  settings: EmergencySettings;
  signs: Record<Urgency, { title: string; path: string }[]>;
}

/**
 * The settings and red flags the tokens show, from the pre-flight's entries (drafts only outside
 * production), in a language: Spanish pages get content/es/practice.yaml's emergency sentence and
 * the red flags' Spanish titles (the English one where a translation is missing), linked under /es/.
 */
export function tokenData(entries: readonly Entry[], production: boolean, lang: Lang = 'en'): TokenData {
  const practice = entries.find((e) => e.collection === 'practice')?.data as Partial<EmergencySettings> | undefined;
  const words = lang === 'en' ? undefined : (entries.find((e) => e.collection === `${lang}:practice`)?.data as Partial<EmergencySettings> | undefined);
  const translated = new Map(lang === 'en' ? [] : entries.filter((e) => e.collection === `${lang}:redFlags` && !(production && e.draft)).map((e) => [e.id, String(e.data.title)]));
  const flags = entries
    .filter((e) => e.collection === 'redFlags' && !(production && e.draft))
    .map((e) => ({ id: e.id, ...(e.data as { title: string; urgency: Urgency; order: number }) }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return {
    settings: {
      emergencyNumber: practice?.emergencyNumber ?? '',
      emergencyWording: words?.emergencyWording ?? practice?.emergencyWording ?? '',
      lang: lang === 'en' ? practice?.lang : OTHER_LANGUAGES[lang].locale,
    },
    signs: Object.fromEntries(
      URGENCIES.map((u) => [
        u,
        flags.filter((f) => f.urgency === u).map((f) => ({ title: translated.get(f.id) ?? f.title, path: localPath(lang, articlePath('redFlags', f.id)) })),
      ]),
    ) as TokenData['signs'],
  };
}

/** Where a text gives the emergency number as a number of its own (911, not 1911 or 9110). */
export function emergencyNumberPattern(number: string, flags = ''): RegExp {
  return new RegExp(`(^|[^\\d])${number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, flags);
}
