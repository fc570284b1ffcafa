/**
 * The interface's own words in US English: everything a page shows that editors do not write
 * in content/. One table per language (src/i18n/es.ts has the same keys; TypeScript and
 * tests/unit/i18n.test.ts refuse a missing one). Functions take what the sentence needs.
 */
import { ARTICLES, ARTICLE_COLLECTIONS, type ArticleCollection } from '../collections';
import { WEEKDAY_LABELS } from '../lib/labels';

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
  /** Between authors in a citation: "Cherkin and others 2011", "Koes and Tulder 2007". */
  citation: { and: 'and', others: 'and others' },
  /** Clock suffixes on a 12-hour clock. */
  clock: { am: 'AM', pm: 'PM' },
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
  pages: {
    home: {
      description: 'Plain-language, sourced answers about sciatica and massage: causes, symptoms, which massage may help, when to see a doctor first, and booking.',
      heading: 'Sciatica and massage, explained plainly',
      /** The first paragraph: what sciatica is. Its medical facts match the overview guide. */
      lead: 'Sciatica is pain that starts in your lower back or buttock and shoots down one leg, often past the knee. It can come with numbness, tingling or weakness. It usually happens when a nerve root in the lower spine is pressed on or irritated.',
      overview: 'Start here: sciatica, the overview',
      emergencyHeading: 'Get emergency help now if you have:',
      allSigns: 'All warning signs and what to do',
      /** What massage can and cannot do, beside the call to book. */
      more: 'Most sciatica gets better by itself within weeks. Massage can ease pain and tight muscles for a while and make moving easier for some people. It does not fix a disc or cure sciatica. It helps most when you also keep moving and do your exercises.',
      whatMassageCanDo: 'What massage can and cannot do',
      whereFelt: 'Where sciatica is felt',
    },
    /** The about page's title, lead and demo notice; its sections are src/components/pages/AboutText.<lang>.astro. */
    about: {
      title: 'About this site',
      description: 'Who writes and checks these pages, how we choose sources, how often we review them, and our conflict of interest.',
      lead: (practice: string) => `${practice} runs this site. It explains sciatica and massage in plain words, so you can decide what to do next. It does not replace advice from your own doctor.`,
      demo: 'This is a demo. The practice and the people named here are made up, so the pages have not been checked by a real clinician yet. A practice that uses this site puts its own people here before it publishes.',
    },
    practice: {
      description: (practice: string) => `Who we are, where we are and when we are open: ${practice}.`,
      demoLabel: 'Demo content.',
      demo: (practice: string) => `${practice} is a made-up practice that shows how this site works. The people, addresses and phone numbers on this page are fictional.`,
      phone: 'Phone',
      email: 'Email',
      locations: 'Locations and opening hours',
      openingHours: (location: string) => `Opening hours, ${location}`,
      access: 'Access',
      therapists: 'Our therapists',
      editorial: 'Who writes and checks our pages',
      medicalReviewer: 'Medical reviewer',
      writer: 'Writer',
      fictional: 'Fictional person (demo content).',
    },
    sources: {
      title: 'Sources',
      description: 'Every guideline, review, trial and patient leaflet this site relies on, with links to the original.',
      lead: 'Every fact on this site links here. These are the guidelines, research reviews, trials and patient leaflets we rely on, with links to the original work.',
      readOriginal: 'Read the original',
      usedFor: 'What we use it for:',
    },
    notFound: {
      title: 'Page not found',
      description: 'This page does not exist. Find what you need from here.',
      heading: 'Sorry, we can’t find that page',
      lead: 'The address may be mistyped, or the page may have moved.',
      /** "If you have severe … go to the [warning signs] page now." */
      urgentBefore: 'If you have severe or fast-worsening symptoms, go to the ',
      urgentLink: 'warning signs',
      urgentAfter: ' page now.',
      /** "You can also [search the site] or start from a section:" */
      searchBefore: 'You can also ',
      searchLink: 'search the site',
      searchAfter: ' or start from a section:',
    },
    emergencyCard: {
      title: 'Emergency card: sciatica warning signs',
      description: 'A one-page card to print: the sciatica warning signs that need emergency help or a doctor the same day, and the number to call.',
      crumb: 'Emergency card',
      hint: 'Print this page (one sheet, A4 or US Letter) and keep it by the phone or in your bag.',
      heading: 'Emergency card: when to get help for sciatica',
      number: 'Emergency number:',
      footnote: (practice: string, url: string) =>
        `If you cannot call, ask someone to call for you. Do not book a massage first. From ${practice}; the full list and the reasons are at ${url}`,
    },
    redFlags: {
      title: 'Red flags: when to get help first',
      description: 'Warning signs with back or leg pain that need an emergency department or a doctor before any massage.',
      lead: 'Most sciatica is not dangerous. But a few signs mean a nerve or your health needs a doctor now. If you have any of them, get help first. Do not book a massage.',
      printCard: 'Print the emergency card',
      printCardAfter: ': the signs and the number to call, on one sheet.',
    },
    faq: {
      title: 'Questions about massage for sciatica',
      description: 'Short, sourced answers to common questions about sciatica and massage, each with a link to more.',
      lead: 'Short answers first. Each one links to a page with more detail and the sources.',
      newHere: 'New to sciatica?',
      overview: 'Start with the overview',
      overviewAfter: ': what it is, what usually happens and what helps.',
      allQuestions: 'All questions',
      sourcesForAnswer: 'Sources for this answer',
    },
    search: {
      title: 'Search',
      description: 'Search every page about sciatica and massage, filter by section, or browse all pages A to Z.',
      label: 'Search for a word, a symptom or a question',
      placeholder: 'e.g. pins and needles',
      showOnly: 'Show only',
      noScript: 'Search needs JavaScript, which is off in this browser. Every page is listed A to Z below.',
      more: 'Show more results',
      /** The A–Z list: its heading, the letter bar's name, and the pages that are not articles. */
      azHeading: 'Every page, A to Z',
      azLetters: 'Letters',
      azSection: 'Section',
      azSources: 'Sources we cite',
      /** One article of a section, as the A–Z list tags it ("Cause"). */
      singular: Object.fromEntries(ARTICLE_COLLECTIONS.map((c) => [c, ARTICLES[c].singular])) as Record<ArticleCollection, string>,
    },
    /**
     * The sentences the search box and /search/ write in the browser, sent as
     * search/strings.json (src/pages/search/strings.json.ts): plain strings, with {count},
     * {query}, {corrected}, {sections} and {title} filled in by src/lib/search/messages.ts.
     */
    searchResults: {
      oneResult: '{count} result',
      manyResults: '{count} results',
      onePage: '{count} page',
      manyPages: '{count} pages',
      listLabel: 'Search results',
      subResultsLabel: 'Sections of {title}',
      /** The header box's list. */
      panelCorrected: 'No pages match “{query}”. {results} for “{corrected}”{someWords}',
      panelFound: '{results}{someWords}',
      panelSomeWords: ' with some of your words',
      panelNone: 'No results for “{query}”. Try other words, or browse every page A–Z.',
      panelSeeAll: 'See all {count} results and filter by section',
      panelFilter: 'Filter by section',
      panelBrowse: 'Browse every page A–Z',
      panelUnavailable: 'Search could not load. You can still browse every page A–Z.',
      panelUnavailableDev: 'Search needs the index from a build: run npm run build once, then reload this page.',
      panelEveryPage: 'Every page A–Z',
      /** What a screen reader hears once typing pauses. */
      sayNone: 'No results for “{query}”. Try other words, or browse the sections.',
      sayCorrected: 'No results for “{query}”. Showing {results} for “{corrected}”.',
      sayFound: '{results} for “{query}”.',
      sayFiltered: ' Filtered to {sections}.',
      /** The /search/ page's summary line. */
      pageIn: ' in {sections}',
      pageFound: '{results} for “{query}”{in}{someWords}.',
      pageCorrected: '{results} for “{corrected}”{in} (no pages match “{query}”){someWords}.',
      pageSomeWords: '. No page has all of these words; these have some of them',
      pageNone: 'No results for “{query}”{in}. Try fewer or other words, or use the A–Z list below.',
      pageListed: '{pages}{in}.',
      pageUnavailable: 'Search could not load in this browser. Every page is listed A–Z below.',
      pageUnavailableDev: 'Search needs the index from a build: run npm run build once, then reload this page. The A–Z list below works now.',
    },
    /**
     * The diagrams (src/components/diagrams/): the SVG's title and description, the visible
     * caption, the text alternative under the picture, and the labels drawn in the picture.
     * A label is its lines, drawn one under the other; each must fit the picture's width.
     */
    diagrams: {
      nervePath: {
        title: 'The sciatic nerve, seen from behind',
        desc: 'A body outline from the waist down, seen from the back. Nerve roots leave the lower spine and join to form the sciatic nerve. It runs through the buttock and down the back of the thigh, then splits in two near the knee. Branches go down the calf to the foot. Hatched areas on one leg show where sciatica is usually felt: buttock, back of thigh, calf and foot.',
        caption: 'Where the sciatic nerve runs, and where sciatica is usually felt. It normally affects one leg.',
        labels: {
          roots: ['Lower spine:', 'nerve roots'],
          buttock: ['Buttock'],
          thigh: ['Back of thigh'],
          splits: ['Splits near knee'],
          calf: ['Calf'],
          foot: ['Foot'],
        } as Record<'roots' | 'buttock' | 'thigh' | 'splits' | 'calf' | 'foot', string[]>,
        keyNerve: 'Sciatic nerve',
        keyZone: 'Where symptoms are felt',
        altSummary: 'Text description',
        altIntro: 'The picture shows the body from the waist down, seen from behind.',
        altItems: [
          'Nerve roots leave the lower spine and join to form the sciatic nerve.',
          'The nerve runs through the buttock and down the back of the thigh.',
          'Near the back of the knee it splits into two branches that run down the calf to the foot.',
          'Sciatica is usually felt in one leg: in the buttock, the back of the thigh, the calf and the foot.',
        ],
      },
      tablePositions: {
        title: 'Three massage positions',
        desc: 'Panel 1: a person lies face down on a massage table with a pillow under the hips and belly. Panel 2: a person lies on their side with knees bent and a pillow between the knees. Panel 3: a person sits back in a reclined chair with the legs raised.',
        caption: 'Three positions to ask for. Choose the one that does not stir up your leg pain.',
        /** Each panel's name and its two lines underneath. */
        panels: [
          ['On stomach', 'pillow under', 'hips and belly'],
          ['On side', 'pillow between', 'the knees'],
          ['Reclined chair', 'if lying down', 'hurts'],
        ] as [string, string, string][],
        /** The text alternative: each position in bold, then the rest of its sentence. */
        alt: [
          ['On your stomach', ', with a pillow under your hips and belly. Often comfortable with a slipped disc.'],
          ['On your side', ', knees a little bent, with a pillow between your knees. Often best with spinal stenosis, in pregnancy, or if lying flat hurts.'],
          ['In a reclined chair', ', if lying down hurts in any position.'],
        ] as [string, string][],
      },
      massageGun: {
        title: 'Massage gun: OK zones and zones to avoid',
        desc: 'A body outline seen from the back. Areas marked OK with a solid outline and a tick: the buttocks, the backs of the thighs and the calves. Areas marked avoid with a dashed, cross-hatched outline and a cross: the spine and lower back, and the back of each knee. A note says to also avoid numb skin, bruises and broken skin.',
        caption: 'Where a gentle massage gun may be OK, and where to keep it away.',
        labels: {
          ok: ['OK, gently'],
          avoid: ['Avoid'],
          alsoAvoid: ['Also avoid: numb skin,', 'bruises, broken skin'],
          spine: ['Spine and', 'lower back'],
          buttocks: ['Buttocks'],
          thighs: ['Back of thighs'],
          knee: ['Back of knee'],
          calves: ['Calves'],
        } as Record<'ok' | 'avoid' | 'alsoAvoid' | 'spine' | 'buttocks' | 'thighs' | 'knee' | 'calves', string[]>,
        altOk: 'OK, gently',
        altOkKey: ' (solid outline, tick):',
        altOkItems: ['buttocks (glutes)', 'backs of the thighs', 'calves, if not swollen, warm, red or sore'],
        altAvoid: 'Avoid',
        altAvoidKey: ' (dashed, cross-hatched, cross):',
        altAvoidItems: ['spine and lower back', 'back of the knee', 'numb skin, bruises and broken skin'],
      },
    },
  },

  /** Shown on a page in another language whose translation is missing or older than the English page. */
  translation: {
    missing: 'This page has not been translated yet, so it is shown in English.',
    stale: 'The English page has changed since this translation was made. The newer English page may have newer facts.',
    readEnglish: 'Read the English page',
    /** The switcher's link text when the other language has only the English page. */
    englishOnly: '(in English)',
  },
  labels: {
    /** Day names: English's are the ones schema.org and the booking form use (lib/labels.ts). */
    weekdays: WEEKDAY_LABELS as Record<keyof typeof WEEKDAY_LABELS, string>,
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
