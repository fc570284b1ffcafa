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
  booking: {
    page: {
      title: 'Request a booking',
      description: (practiceName: string) =>
        `Ask ${practiceName} for a massage appointment: a short safety check, then your details. We phone or email you to agree a time.`,
      heading: 'Request a massage appointment',
      lead: 'It takes about three minutes. We phone or email you to agree a time, so nothing is booked until we have talked.',
      /** Followed by the practice's phone number as a link, then a full stop. */
      preferToTalk: 'Prefer to talk? Call',
    },
    form: {
      /** The form's accessible name. */
      label: 'Booking request',
      errorSummary: 'Please check your answers',
      /** A hidden button's text (never shown; see BookingForm.astro). */
      guard: 'Send',
      optional: ' (optional)',
      aboutYou: 'How to reach you',
      whereWhen: 'Where and when',
      aboutPain: 'About your sciatica',
      sendStep: 'Send your request',
      name: 'Your name',
      email: 'Email address',
      emailHint: 'We use it to confirm your appointment.',
      phone: 'Phone number',
      phoneHint: 'For a quick call to agree a time. We do not send marketing texts.',
      /** The label when the practice has one location (shown, not asked). */
      location: 'Location',
      locations: 'Which location suits you?',
      eitherLocation: 'Either is fine',
      days: 'Which days suit you?',
      daysHint: 'Tick all that suit you. Leave them blank if any day is fine.',
      times: 'What time of day?',
      timesHint: 'Tick all that suit you.',
      timesOfDay: {
        labels: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
        /** A whole hour on the practice's clock (site.yaml hourCycle). */
        hour: (hour: number, hourCycle: 12 | 24) =>
          hourCycle === 24 ? `${String(hour).padStart(2, '0')}:00` : hour === 12 ? '12 noon' : hour < 12 ? `${hour} am` : `${hour - 12} pm`,
        before: (time: string) => `before ${time}`,
        between: (from: string, to: string) => `${from} to ${to}`,
        after: (time: string) => `after ${time}`,
      },
      visit: 'Have you been to us before?',
      firstVisit: 'No, this is my first visit',
      returning: 'Yes, I have been before',
      reason: 'What brings you to us?',
      reasonHint: 'A sentence or two is enough, for example: pain down my left leg for three weeks, worse when I sit.',
      impact: 'How does it affect your day?',
      impactHint: 'For example: I cannot sit for more than 20 minutes, or getting onto a high table is hard.',
      position: 'How would you like to lie on the table?',
      positionHint:
        "Lying on your stomach can make some people's leg pain worse; side-lying or a reclined chair often feels better. Telling us now means the right pillows or chair are ready. You can change your mind on the day.",
      positionsGuide: 'Which position suits which cause',
      /** The table positions offered, by the value sent (src/lib/booking/fields.ts TABLE_POSITIONS). */
      positions: {
        'on my stomach': 'On my stomach',
        'on my side': 'On my side',
        'reclined chair': 'Sitting back in a reclined chair',
        'not sure': 'Not sure yet',
      },
      consent: 'You may phone or email me about this request.',
      privacyHeading: 'What is sent, and where',
      /** How the privacy note names the local inbox of `npm start` and the tests. */
      localInbox: 'the local booking inbox',
      privacyLocal: (destination: string) =>
        `When you press Send, your answers go to ${destination}. This copy of the site is running locally, so nothing leaves this computer.`,
      privacyProvider: (destination: string, practiceName: string) =>
        `When you press Send, your answers go to ${destination}, the form service we use, which passes them to ${practiceName}.`,
      privacyUse: 'We use them only to arrange your appointment. Keep health details short here: your therapist will ask about your health in person.',
      privacyDraft:
        'Until you send it, what you type is kept only in this browser tab, so a reload does not lose it. It is deleted when the request is sent or the tab is closed.',
      /** The honeypot's label: people never see it. */
      honeypot: 'Leave this empty',
      submit: 'Send booking request',
      submitNote: 'This is a request. We will contact you to agree a time.',
      /** Followed by the practice's phone, `orEmail` and its email, each a link. */
      keptCall: 'Everything you typed is still here. Try again, or call us on',
      orEmail: 'or email',
      retry: 'Try again',
    },
    safety: {
      heading: 'Safety check',
      intro: (questions: number) =>
        `A few signs mean you need a doctor, not a massage. Please answer ${questions === 1 ? 'this question' : `${['no', 'this', 'these two', 'these three'][questions] ?? 'these'} questions`} first.`,
      /** Above each group of red flags' questions. */
      groups: {
        emergency: { tag: 'Emergency signs', legend: 'Is the answer yes to any of these?' },
        urgent: { tag: 'Signs to see a doctor today', legend: 'Is the answer yes to any of these?' },
        'see-a-doctor': { tag: 'Signs to see a doctor soon', legend: 'Is the answer yes to any of these?' },
      },
      /** The answers' labels, by the value sent. */
      answers: { yes: 'Yes', no: 'No' },
      ifYes: 'If you answered yes:',
      emergencyHeading: 'Get emergency help now. Do not book a massage.',
      call: (number: string) => `Call ${number}`,
      whatToSay: 'What to say',
      sayThis: [
        '“I have sciatica, and now I have…”, then say which of the signs above you have.',
        'When it started, and whether it is getting worse.',
        'If you have numbness between your legs, or new bladder, bowel or sexual problems, say you are worried about cauda equina syndrome.',
      ],
      cannotCall: 'If you cannot call, ask someone to call for you. Do not wait to see if it gets better.',
      later: 'You can ask for a massage later, once a doctor has checked you.',
      readSigns: 'Read about the warning signs',
      urgentHeading: 'See a doctor today, before any massage.',
      urgentText: (urgentCare: string) =>
        `Call your doctor or ${urgentCare} and ask to be seen today. If you still want to ask for a booking, you can send this request: it will be marked so the therapist reads it first and can talk with you before any massage.`,
      doctorHeading: 'Talk to your doctor within the next few days, before your massage.',
      doctorText: 'You can still send this request. We will note it for the therapist.',
    },
    /** After sending: in place on /book/, and on /book/thanks/. */
    thanks: {
      title: 'Request sent',
      description: 'Your booking request was sent. We will phone or email you to agree a time.',
      heading: 'Thank you: your request was sent',
      lead: (practiceName: string) => `${practiceName} will phone or email you to agree a time. This is a request, not a booked appointment yet.`,
      urgent: 'You told us about a sign that needs a doctor. Please see a doctor before your massage.',
      urgentMore: 'Your therapist will read this first.',
      /** Followed by the practice's phone, `orEmail` and its email, each a link. */
      change: 'To change or cancel, call',
      orEmail: 'or email',
      newSigns: (emergencyWording: string) =>
        `If you get new numbness between your legs, trouble peeing or pooing, or weakness that is getting worse, ${emergencyWording}. Do not wait for your appointment.`,
      home: 'Back to the home page',
    },
    /** /book/ when the practice books by phone only (site.yaml booking.mode: phone-only). */
    byPhone: {
      heading: 'Book by phone or email',
      first: 'First, a safety check.',
      /** Followed by the practice's emergency sentence. */
      firstText:
        'If you have numbness between your legs, new trouble peeing or pooing, or leg weakness that is getting worse, do not book a massage.',
      allSigns: 'All warning signs',
      call: 'Call',
      orEmail: 'or email',
      /** The subject of the email the visitor's mail program starts. */
      emailSubject: 'Booking request',
      tellUs: 'Tell us your name, which days and times suit you, and what brings you to us.',
      hours: 'Opening hours and directions',
    },
    /** What the browser script says (src/lib/booking/messages.ts): plain strings, written into the page as JSON. */
    messages: {
      errorPrefix: 'Error: ',
      sending: 'Sending…',
      sendingStatus: 'Sending your booking request…',
      notSent: 'Your request was not sent',
      notConfirmed: 'We could not confirm your request',
      timeout: 'The booking service took too long to answer, so we cannot tell whether your request arrived.',
      network: 'We could not reach the booking service. You may be offline.',
      server: 'The booking service had a problem (error {status}).',
      rejectedFields: 'The booking service did not accept some answers. They are marked on the form:',
      rejected: 'The booking service did not accept the request.',
      rejectedWith: 'The booking service did not accept the request: {message}.',
      needsAnswer: 'This needs an answer',
      checkAnswer: 'Check this answer',
      fields: {
        emergency: 'Answer yes or no to the question about emergency signs',
        urgent: 'Answer yes or no to the question about signs to see a doctor today',
        doctor: 'Answer yes or no to the question about signs to see a doctor soon',
        name: 'Enter your name',
        nameTooLong: 'Your name must be {max} characters or fewer',
        email: 'Enter your email address',
        emailFormat: 'Enter an email address like name@example.com',
        phone: 'Enter a phone number we can call you on',
        phoneFormat: 'Enter a phone number using digits, like 555 010 4477',
        location: 'Choose where you would like to come',
        visit: 'Say whether this is your first visit',
        reason: 'Tell us briefly what brings you to us',
        tooLong: 'Keep this to {max} characters or fewer',
        consent: 'Tick the box to let us contact you about this request',
      },
    },
  },

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
