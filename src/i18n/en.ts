/**
 * The interface's own words in US English: everything a page shows that editors do not write
 * in content/. One table per language (src/i18n/es.ts has the same keys; TypeScript and
 * tests/unit/i18n.test.ts refuse a missing one). Functions take what the sentence needs.
 */
import { ARTICLES, ARTICLE_COLLECTIONS, type ArticleCollection } from '../collections';

export const en = {
  skipLink: 'Skip to content',
  /** Opening hours of a day with no slots. */
  closed: 'Closed',
  /** Where to go the same day when a doctor's surgery or office cannot see you. */
  urgentCare: 'an urgent care clinic',
  home: 'Home',
  ourPractice: 'Our practice',
  book: 'Book',
  bookMore: ' a massage',
  mainNav: 'Main',
  breadcrumb: 'Breadcrumb',
  /** The language switcher: the link to this page in the other language, named in that language. */
  languageNav: 'Language',
  alsoCalled: 'Also called:',
  onThisPage: 'On this page',
  readNext: 'Read next',
  /** The guides feed's description (/rss.xml). */
  rssDescription: 'Longer, sourced guides about sciatica and massage: the evidence, your first session, positions, self-care and costs.',
  sourcesHeading: 'Sources',
  sourceMarker: (n: number, label: string) => `Source ${n}: ${label}`,
  // ── booking: the request form, its safety check, errors and thanks page (group `booking` below) ──

  reviewLine: {
    lastReviewed: 'Last reviewed on',
    by: 'by',
    nextDue: 'Next review due',
    writtenBy: 'Written by',
  },
  pageHistory: { lastUpdated: 'Page last updated on', edit: 'Edit this page' },
  facts: {
    whereMassageFits: 'Where massage fits',
    positions: 'Positions that usually suit',
    pressure: 'Pressure',
    feelsLike: 'What it feels like',
    avoidWhen: 'Avoid it or ask a doctor first if',
  },
  panel: {
    heading: 'Get urgent help if…',
    emergencyLead: 'Get emergency help now',
    ifYouHave: 'if you have:',
    urgentLead: 'See a doctor today',
    allSigns: 'All warning signs, and what to do',
    noMassageFirst: 'Do not book a massage first.',
  },
  cta: {
    heading: 'Thinking about massage?',
    call: 'Call',
    orEmail: 'or email',
    toBook: 'to book.',
    howToBook: 'How to book',
    lead: 'Ask for an appointment online in about three minutes. We check for warning signs first, then phone or email you to agree a time.',
    request: 'Request a booking',
    orCall: 'or call',
  },
  footer: {
    phone: 'Phone:',
    email: 'Email:',
    demo: 'This is a demo practice. The people, places and phone numbers are made up.',
    emergencyLead: 'In an emergency',
    noDiagnosis: 'Massage therapists cannot diagnose the cause of your pain.',
    disclaimer: 'This site explains sciatica and massage in plain words. It does not replace advice from your own doctor.',
    about: 'About this site',
    sources: 'Sources',
    practice: 'Our practice',
    search: 'Search and A–Z',
    book: 'Book a massage',
  },
  search: {
    label: 'Site search',
    inputLabel: 'Search this site',
    placeholder: 'Search, e.g. slipped disc',
    submit: 'Search',
    help: 'Results appear below as you type. Press the down arrow to move through them, Escape to close.',
  },
  // ── pages: the words of the home, about, practice, sources, 404, emergency card, red flags, FAQ and search pages (group `pages` below) ──

  /** Shown on a page in another language whose translation is missing or older than the English page. */
  translation: {
    missing: 'This page has not been translated yet, so it is shown in English.',
    stale: 'The English page has changed since this translation was made. The newer English page may have newer facts.',
    readEnglish: 'Read the English page',
    /** The switcher's link text when the other language has only the English page. */
    englishOnly: '(in English)',
  },
  labels: {
    weekdays: {
      monday: 'Monday',
      tuesday: 'Tuesday',
      wednesday: 'Wednesday',
      thursday: 'Thursday',
      friday: 'Friday',
      saturday: 'Saturday',
      sunday: 'Sunday',
    },
    positions: {
      'stomach-with-pillow': 'Lying on your stomach, with a pillow under your hips',
      'side-with-pillow': 'Lying on your side, with a pillow between your knees',
      reclined: 'Sitting back in a reclined chair',
      'back-knees-supported': 'Lying on your back, with a bolster under your knees',
    } as Record<string, string>,
    massageRole: {
      helpful: { label: 'Massage may help', detail: 'It may ease pain and tight muscles for a while, alongside staying active.' },
      adjunct: { label: 'Massage is an add-on only', detail: 'It can make you more comfortable, but other care comes first.' },
      'not-advised': { label: 'Massage is not advised', detail: 'See a doctor first. Massage is not a treatment for this.' },
    } as Record<string, { label: string; detail: string }>,
    pressure: {
      none: 'No pressure',
      light: 'Light',
      'light-to-moderate': 'Light to moderate',
      moderate: 'Moderate',
      firm: 'Firm',
      varies: 'Varies',
    } as Record<string, string>,
    evidence: {
      strong: 'Strong evidence',
      moderate: 'Moderate evidence',
      limited: 'Limited evidence',
      none: 'No good evidence yet',
    } as Record<string, string>,
    sourceKind: {
      guideline: 'Clinical guideline',
      'systematic-review': 'Systematic review',
      trial: 'Clinical trial',
      review: 'Review article',
      'patient-information': 'Patient information',
      other: 'Other',
    } as Record<string, string>,
  },
  /** What each red-flag tier tells a reader (src/lib/urgency.ts fills in the practice's emergency sentence). */
  tiers: {
    emergency: {
      label: 'Emergency',
      heading: 'Get emergency help now',
      intro: (emergency: string) => `${emergency} if you have any of these. Do not wait to see if it gets better.`,
      action: (emergency: string) => `${emergency}.`,
    },
    urgent: {
      label: 'Urgent',
      heading: 'See a doctor today',
      intro: (urgentCare: string) => `Call your doctor or ${urgentCare} and ask to be seen today if you have any of these.`,
      action: () => 'See a doctor today, and put any massage on hold until you have been checked.',
    },
    'see-a-doctor': {
      label: 'See a doctor soon',
      heading: 'See a doctor within a few days',
      intro: () => 'Make an appointment with your doctor within the next few days if any of these is true.',
      action: () => 'Book an appointment with your doctor within the next few days, and talk to them before more massage.',
    },
  },
  /** The article sections as readers see them: in English, the registry's own labels. */
  sections: Object.fromEntries(
    ARTICLE_COLLECTIONS.map((c) => [c, { label: ARTICLES[c].label, singular: ARTICLES[c].singular, intro: ARTICLES[c].intro, related: ARTICLES[c].related?.label ?? '' }]),
  ) as Record<ArticleCollection, { label: string; singular: string; intro: string; related: string }>,
};

export type UiStrings = typeof en;
