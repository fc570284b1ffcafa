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

export const TIERS: Record<Urgency, Tier> = {
  emergency: {
    label: 'Emergency',
    heading: 'Get emergency help now',
    action: (s) => `${sentence(s.emergencyWording)}.`,
    intro: (s) => `${sentence(s.emergencyWording)} if you have any of these. Do not wait to see if it gets better.`,
  },
  urgent: {
    label: 'Urgent',
    heading: 'See a doctor today',
    action: () => 'See a doctor today, and put any massage on hold until you have been checked.',
    intro: (s) => `Call your doctor or ${uiStrings(s.lang ?? 'en-US').urgentCare} and ask to be seen today if you have any of these.`,
  },
  'see-a-doctor': {
    label: 'See a doctor soon',
    heading: 'See a doctor within a few days',
    action: () => 'Book an appointment with your doctor within the next few days, and talk to them before more massage.',
    intro: () => 'Make an appointment with your doctor within the next few days if any of these is true.',
  },
};

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
