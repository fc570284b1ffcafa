/**
 * The tokens articles use for words that come from settings and the red-flags collection
 * (rendered by src/markdown/tokens.ts), and what they need: read from the checked content, so
 * the Markdown plugin and the pre-flight agree on every name.
 */
import { URGENCIES, type Urgency } from '../schemas/articles';
import { articlePath } from '../collections';
import type { Entry } from './entries';
import { INLINE_TOKENS, type EmergencySettings } from '../lib/urgency';

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

/** The settings and red flags the tokens show, from the pre-flight's entries (drafts only outside production). */
export function tokenData(entries: readonly Entry[], production: boolean): TokenData {
  const practice = entries.find((e) => e.collection === 'practice')?.data as Partial<EmergencySettings> | undefined;
  const flags = entries
    .filter((e) => e.collection === 'redFlags' && !(production && e.draft))
    .map((e) => ({ id: e.id, ...(e.data as { title: string; urgency: Urgency; order: number }) }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return {
    settings: { emergencyNumber: practice?.emergencyNumber ?? '', emergencyWording: practice?.emergencyWording ?? '', lang: practice?.lang },
    signs: Object.fromEntries(
      URGENCIES.map((u) => [u, flags.filter((f) => f.urgency === u).map((f) => ({ title: f.title, path: articlePath('redFlags', f.id) }))]),
    ) as TokenData['signs'],
  };
}
