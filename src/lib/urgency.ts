/**
 * What each red-flag tier tells a reader to do, written once. Red-flag pages, the red-flags
 * list, the article panel and the Markdown tokens ([!emergency], [!emergency-signs] …) all
 * take their words from here, and the emergency number and sentence from the practice settings.
 */
import type { Urgency } from '../schemas/articles';
import { uiStrings, type Locale } from './i18n';

/** What the tier wording needs from content/practice/site.yaml. */
export interface EmergencySettings {
  emergencyNumber: string;
  /** "call 911 (in the US) or get to the nearest emergency department straight away" */
  emergencyWording: string;
  /** The interface's language (site.yaml `lang`): where to go for same-day care is worded per locale. */
  lang?: Locale | undefined;
}

/** First letter up: a settings phrase used to start a sentence. */
export const sentence = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

interface Tier {
  /** Short tag: "Emergency". */
  label: string;
  /** What to do, as a heading: "Get emergency help now". */
  heading: string;
  /** The one instruction for every sign of the tier. */
  action(settings: EmergencySettings): string;
  /** The line above a list of the tier's signs. */
  intro(settings: EmergencySettings): string;
}

/** Each tier's words in a locale (the tables in src/i18n/), with the practice's emergency sentence filled in. */
export function tiersFor(locale: Locale): Record<Urgency, Tier> {
  const { tiers, urgentCare } = uiStrings(locale);
  return {
    emergency: {
      label: tiers.emergency.label,
      heading: tiers.emergency.heading,
      action: (s) => tiers.emergency.action(sentence(s.emergencyWording)),
      intro: (s) => tiers.emergency.intro(sentence(s.emergencyWording)),
    },
    urgent: {
      label: tiers.urgent.label,
      heading: tiers.urgent.heading,
      action: () => tiers.urgent.action(),
      intro: (s) => tiers.urgent.intro(s.lang ? uiStrings(s.lang).urgentCare : urgentCare),
    },
    'see-a-doctor': {
      label: tiers['see-a-doctor'].label,
      heading: tiers['see-a-doctor'].heading,
      action: () => tiers['see-a-doctor'].action(),
      intro: () => tiers['see-a-doctor'].intro(),
    },
  };
}

/** The tiers in US English (the practice's own locale comes through `settings.lang`). */
export const TIERS = tiersFor('en-US');

/** The tokens written inside a sentence; the list tokens are src/editorial/tokens.ts's. */
export const INLINE_TOKENS = ['emergency', 'emergency-number'] as const;
const INLINE = new RegExp(`\\[!(${INLINE_TOKENS.join('|')})\\]`, 'g');

/**
 * Text with the inline settings tokens filled in: [!emergency] (a capital where a sentence
 * starts) and [!emergency-number]. The Markdown plugin (src/markdown/tokens.ts) and the FAQ's
 * structured data both use it, so the two can never word it differently.
 */
export function fillTokens(text: string, settings: EmergencySettings, startsSentence = true): string {
  return text.replace(INLINE, (_match, name: string, offset: number) => {
    if (name === 'emergency-number') return settings.emergencyNumber;
    const before = text.slice(0, offset);
    const starts = (before.trim() === '' && startsSentence) || /[.!?]\s+$/.test(before);
    return starts ? sentence(settings.emergencyWording) : settings.emergencyWording;
  });
}
