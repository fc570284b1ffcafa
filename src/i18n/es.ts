/**
 * The interface's own words in Spanish for US readers (es-US, "usted"): the same keys as
 * src/i18n/en.ts, which TypeScript and tests/unit/i18n.test.ts hold it to.
 */
import type { UiStrings } from './en';

export const es: UiStrings = {
  skipLink: 'Saltar al contenido',
  closed: 'Cerrado',
  urgentCare: 'una clínica de urgencias',
  home: 'Inicio',
  ourPractice: 'Nuestra clínica',
  book: 'Pedir cita',
  bookMore: ' de masaje',
  mainNav: 'Principal',
  breadcrumb: 'Ruta de navegación',
  languageNav: 'Idioma',
  alsoCalled: 'También se llama:',
  onThisPage: 'En esta página',
  readNext: 'Siga leyendo',
  /** The guides feed's description (/rss.xml). */
  rssDescription: 'Guías más largas y con fuentes sobre la ciática y el masaje: la evidencia, su primera sesión, posiciones, cuidados en casa y costos.',
  sourcesHeading: 'Fuentes',
  sourceMarker: (n, label) => `Fuente ${n}: ${label}`,
  // ── booking: the request form, its safety check, errors and thanks page (group `booking` below) ──

  reviewLine: {
    lastReviewed: 'Última revisión el',
    by: 'por',
    nextDue: 'Próxima revisión prevista el',
    writtenBy: 'Escrito por',
  },
  pageHistory: { lastUpdated: 'Página actualizada por última vez el', edit: 'Editar esta página' },
  facts: {
    whereMassageFits: 'El lugar del masaje',
    positions: 'Posiciones que suelen ir bien',
    pressure: 'Presión',
    feelsLike: 'Cómo se siente',
    avoidWhen: 'Evítelo o consulte antes a un médico si',
  },
  panel: {
    heading: 'Busque ayuda urgente si…',
    emergencyLead: 'Busque ayuda de emergencia ahora',
    ifYouHave: 'si tiene:',
    urgentLead: 'Vea a un médico hoy',
    allSigns: 'Todas las señales de alarma y qué hacer',
    noMassageFirst: 'No pida antes una cita de masaje.',
  },
  cta: {
    heading: '¿Está pensando en un masaje?',
    call: 'Llame al',
    orEmail: 'o escriba a',
    toBook: 'para pedir cita.',
    howToBook: 'Cómo pedir cita',
    lead: 'Pida una cita por internet en unos tres minutos. Primero revisamos si hay señales de alarma. Luego lo llamamos o le escribimos para acordar la hora.',
    request: 'Pedir una cita',
    orCall: 'o llame al',
  },
  footer: {
    phone: 'Teléfono:',
    email: 'Correo:',
    demo: 'Esta es una clínica de demostración. Las personas, los lugares y los teléfonos son inventados.',
    emergencyLead: 'En una emergencia',
    noDiagnosis: 'Un terapeuta de masaje no puede saber qué causa su dolor.',
    disclaimer: 'Este sitio explica la ciática y el masaje con palabras sencillas. No reemplaza los consejos de su médico.',
    about: 'Sobre este sitio',
    sources: 'Fuentes',
    practice: 'Nuestra clínica',
    search: 'Buscar y índice A–Z',
    book: 'Pedir cita de masaje',
  },
  search: {
    label: 'Buscar en el sitio',
    inputLabel: 'Buscar en este sitio',
    placeholder: 'Buscar, p. ej. hernia de disco',
    submit: 'Buscar',
    help: 'Los resultados aparecen abajo mientras escribe. Use la flecha hacia abajo para recorrerlos y Escape para cerrar.',
  },
  // ── pages: the words of the home, about, practice, sources, 404, emergency card, red flags, FAQ and search pages (group `pages` below) ──

  translation: {
    missing: 'Esta página todavía no está traducida, así que se muestra en inglés.',
    stale: 'La página en inglés cambió después de esta traducción. Puede tener información más nueva.',
    readEnglish: 'Leer la página en inglés',
    englishOnly: '(en inglés)',
  },
  labels: {
    weekdays: {
      monday: 'Lunes',
      tuesday: 'Martes',
      wednesday: 'Miércoles',
      thursday: 'Jueves',
      friday: 'Viernes',
      saturday: 'Sábado',
      sunday: 'Domingo',
    },
    positions: {
      'stomach-with-pillow': 'Boca abajo, con una almohada bajo las caderas',
      'side-with-pillow': 'De lado, con una almohada entre las rodillas',
      reclined: 'Sentado en un sillón reclinable',
      'back-knees-supported': 'Boca arriba, con un cojín bajo las rodillas',
    },
    massageRole: {
      helpful: { label: 'El masaje puede ayudar', detail: 'Puede aliviar el dolor y la tensión de los músculos por un tiempo, junto con mantenerse activo.' },
      adjunct: { label: 'El masaje solo es un complemento', detail: 'Puede darle más comodidad, pero primero va otro cuidado.' },
      'not-advised': { label: 'No se recomienda el masaje', detail: 'Vea primero a un médico. El masaje no trata esto.' },
    },
    pressure: {
      none: 'Sin presión',
      light: 'Suave',
      'light-to-moderate': 'De suave a media',
      moderate: 'Media',
      firm: 'Firme',
      varies: 'Varía',
    },
    evidence: {
      strong: 'Evidencia sólida',
      moderate: 'Evidencia moderada',
      limited: 'Evidencia limitada',
      none: 'Todavía no hay buena evidencia',
    },
    sourceKind: {
      guideline: 'Guía clínica',
      'systematic-review': 'Revisión sistemática',
      trial: 'Ensayo clínico',
      review: 'Artículo de revisión',
      'patient-information': 'Información para pacientes',
      other: 'Otro',
    },
  },
  tiers: {
    emergency: {
      label: 'Emergencia',
      heading: 'Busque ayuda de emergencia ahora',
      intro: (emergency) => `${emergency} si tiene alguna de estas señales. No espere a ver si mejora.`,
      action: (emergency) => `${emergency}.`,
    },
    urgent: {
      label: 'Urgente',
      heading: 'Vea a un médico hoy',
      intro: (urgentCare) => `Llame a su médico o a ${urgentCare} y pida que lo vean hoy si tiene alguna de estas señales.`,
      action: () => 'Vea a un médico hoy y deje el masaje en pausa hasta que lo revisen.',
    },
    'see-a-doctor': {
      label: 'Vea a un médico pronto',
      heading: 'Vea a un médico en los próximos días',
      intro: () => 'Pida una cita con su médico para los próximos días si le pasa alguna de estas cosas.',
      action: () => 'Pida una cita con su médico para los próximos días y hable con él antes de más masajes.',
    },
  },
  sections: {
    causes: {
      singular: 'Causa',
      label: 'Causas',
      intro: 'Qué puede apretar o irritar el nervio ciático, y qué lugar tiene el masaje en cada caso.',
      related: 'Causas relacionadas',
    },
    symptoms: {
      singular: 'Síntoma',
      label: 'Síntomas',
      intro: 'Cómo se puede sentir la ciática, en palabras de todos los días, y qué señales necesitan un médico.',
      related: 'Síntomas relacionados',
    },
    massageTypes: {
      singular: 'Tipo de masaje',
      label: 'Tipos de masaje',
      intro: 'Cómo se siente cada tipo de masaje, cuándo puede ayudar y cuándo es mejor evitarlo.',
      related: 'Tipos de masaje para leer',
    },
    redFlags: {
      singular: 'Señal de alarma',
      label: 'Señales de alarma',
      intro: 'Señales que necesitan un médico o una sala de emergencias antes de cualquier masaje.',
      related: 'Señales de alarma que conviene conocer',
    },
    faqs: {
      singular: 'Pregunta',
      label: 'Preguntas frecuentes',
      intro: 'Respuestas cortas a las preguntas más comunes, cada una con un enlace para saber más.',
      related: '',
    },
    guides: {
      singular: 'Guía',
      label: 'Guías',
      intro: 'Lecturas más largas: la evidencia, su primera sesión, posiciones, cuidados en casa y costos.',
      related: 'Guías relacionadas',
    },
  },
};
