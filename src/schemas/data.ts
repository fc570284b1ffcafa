/**
 * Data collections: the bibliography, the people, the practice's locations and settings.
 * These are YAML files in content/; nothing here is rendered from Markdown.
 */
import { z } from 'astro/zod';
import { isoDate } from './shared';
import { HEX_COLOUR } from '../lib/contrast';
import { LOCALES, OTHER_LANGUAGE_CODES } from '../i18n/locales';
import { DEFAULT_COLOURS } from '../lib/theme';

export const SOURCE_KINDS = ['guideline', 'systematic-review', 'trial', 'review', 'patient-information', 'other'] as const;

export const sourceSchema = z.strictObject({
  /** Authors as written on the paper ("Furlan AD"), or the organisation ("NHS"). */
  authors: z.array(z.string().min(2)).min(1, { error: 'is empty; list at least one author or the organisation' }),
  /** Full title of the work. */
  title: z.string().min(5),
  /** Journal or publisher, e.g. "Cochrane Database of Systematic Reviews" or "NHS". */
  publisher: z.string().min(2),
  /** Year of publication (or of the current version for a web page). */
  year: z.number({ error: 'expected a four-digit year, e.g. 2015' }).int().min(1900).max(2100),
  /** Volume, issue and pages, or a report number, as printed. */
  details: z.string().optional(),
  /** The address of the work itself (publisher page, PubMed or the guideline page). */
  url: z.url({ error: 'expected a full https:// address' }),
  /** Digital object identifier, without the https://doi.org/ prefix. */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, { error: 'expected a DOI such as 10.1002/14651858.CD001929.pub3 (no https://doi.org/)' })
    .optional(),
  /** PubMed identifier (digits only). */
  pmid: z.string().regex(/^\d+$/, { error: 'expected the PubMed number, digits only' }).optional(),
  /** guideline | systematic-review | trial | review | patient-information | other */
  kind: z.enum(SOURCE_KINDS, { error: `expected one of: ${SOURCE_KINDS.join(', ')}` }),
  /** What this site takes from it, in one line, for editors and readers. */
  note: z.string().optional(),
  /** When an editor last opened the source to check it, YYYY-MM-DD. */
  checked: isoDate.optional(),
});

export const personSchema = z.strictObject({
  /** Full name as shown on pages. */
  name: z.string().min(3),
  /** Letters after the name, e.g. "MD" or "LMT". */
  credentials: z.string().optional(),
  /** author | medical-reviewer | therapist */
  role: z.enum(['author', 'medical-reviewer', 'therapist'], {
    error: 'expected one of: author, medical-reviewer, therapist',
  }),
  /** Two or three sentences in the third person. */
  bio: z.string().min(20).max(600),
  /** true for the fictional people of the demo practice; the practice page says so. */
  demo: z.boolean().default(false),
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const opening = z
  .object({
    opens: z.string().regex(TIME, { error: 'expected a 24-hour time such as 09:00' }),
    closes: z.string().regex(TIME, { error: 'expected a 24-hour time such as 17:30' }),
  })
  .refine((slot) => slot.opens < slot.closes, { error: 'closes before it opens' });

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening times per weekday; a day left out or given [] is closed. */
const hours = z.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(opening).default([])])) as Record<
  Weekday,
  z.ZodDefault<z.ZodArray<typeof opening>>
>);

export const locationSchema = z.strictObject({
  /** Unique key used by the booking form, e.g. downtown. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected lowercase letters, digits and hyphens' }),
  /** Name shown to visitors. */
  name: z.string().min(3),
  address: z.strictObject({
    street: z.string().min(3),
    city: z.string().min(2),
    region: z.string().min(2),
    postalCode: z.string().min(3),
    country: z.string().length(2, { error: 'expected a two-letter country code, e.g. US' }),
  }),
  /** Phone number as dialled locally. */
  phone: z.string().min(7),
  hours,
  /** Step-free access, parking, table height and the like; one line each. */
  accessibility: z.array(z.string().min(5)).default([]),
  /** true for the fictional demo location. */
  demo: z.boolean().default(false),
});

const hexColour = z.string().regex(HEX_COLOUR, { error: 'expected a hex colour such as #1f4f7a' });
const schemeColours = z.strictObject({
  /** The brand colour: links, buttons, highlights. */
  accent: hexColour,
  /** Text on accent-coloured buttons (often #ffffff in light mode). */
  accentText: hexColour,
  /** A pale tint of the accent behind the current menu item; left out, mixed from the accent. */
  accentSoft: hexColour.optional(),
});

export const practiceSchema = z.strictObject({
  /** Practice name, shown in the header and footer. */
  name: z.string().min(2),
  /** A short line under the name. */
  tagline: z.string().max(120),
  /** Where booking questions go. */
  email: z.email({ error: 'expected an email address' }),
  /** Main phone number. */
  phone: z.string().min(7),
  /** The local emergency number, e.g. 911. */
  emergencyNumber: z.string().min(2).max(6),
  /** How the site says "call the emergency number", e.g. "call 911 (in the US)". */
  emergencyWording: z.string().min(10),
  /** Where the practice is, for wording such as "in the US". */
  region: z.string().min(2),
  /** Language of the interface's own words and of dates: en-US (November 2, 2026) or en-GB (2 November 2026). */
  lang: z.enum(LOCALES, { error: `expected one of: ${LOCALES.join(', ')}` }).default('en-US'),
  /**
   * More languages to publish, each under its own path (es → /es/), with its pages in content/es/
   * and its own words for the settings below in content/es/practice.yaml. Left out, English only.
   */
  otherLanguages: z.array(z.enum(OTHER_LANGUAGE_CODES, { error: `expected one of: ${OTHER_LANGUAGE_CODES.join(', ')}` })).default([]),
  /** Clock for opening hours: 12 (9:00 AM) or 24 (09:00); left out, 12 for en-US and 24 for en-GB. */
  hourCycle: z.union([z.literal(12), z.literal(24)], { error: 'expected 12 or 24' }).optional(),
  /** A shorter name where space is tight (the name saved with a bookmark or home-screen icon); left out, the name. */
  shortName: z.string().min(2).max(30).optional(),
  /** The logo beside the name in the header and at the top of /practice/; left out, the name alone. */
  logo: z
    .strictObject({
      /** An SVG or PNG: a file name in content/practice/ (logo.svg), or a path in public/ starting with / (/images/logo.png). */
      file: z.string().regex(/^[^\\]+\.(svg|png)$/i, { error: 'expected an .svg or .png file, e.g. logo.svg' }),
      /** What the logo shows, for people who cannot see it, e.g. "A blue wave over the letters HB"; "" when it shows nothing but the name. */
      alt: z.string(),
    })
    .optional(),
  /** The browser tab icon (.svg, .png or .ico; a name in content/practice/ or a /path in public/); left out, the site's mark in the accent colour. */
  favicon: z
    .string()
    .regex(/^[^\\]+\.(svg|png|ico)$/i, { error: 'expected an .svg, .png or .ico file, e.g. favicon.svg' })
    .optional(),
  /** Brand colours for light and dark mode; each must pass WCAG AA contrast (the build says which do not). */
  colors: z
    .strictObject({
      /** Colours on the light page. */
      light: schemeColours,
      /** Colours when the visitor's device is in dark mode: usually a lighter accent and dark button text. */
      dark: schemeColours,
    })
    .default(DEFAULT_COLOURS),
  /** A web font from an npm font package (install it first); left out, the device's own system font. */
  font: z
    .strictObject({
      /** The npm package, e.g. @fontsource/atkinson-hyperlegible; it must have a <weight>.css file per weight. */
      package: z.string().regex(/^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/, { error: 'expected an npm package name, e.g. @fontsource/atkinson-hyperlegible' }),
      /** The font-family name the package declares, e.g. Atkinson Hyperlegible. */
      family: z.string().min(2),
      /** The weights to load (the site uses 400 and 700; 500 and 600 fall back to those). */
      weights: z.array(z.number().int().min(100).max(900)).min(1).default([400, 700]),
    })
    .optional(),
  booking: z
    .object({
      /** form = the online request form; phone-only = show phone and email instead. */
      mode: z.enum(['form', 'phone-only']).default('form'),
      /** Whether the phone field is required on the form. */
      requirePhone: z.boolean().default(false),
      /** Name of the provider's redirect field (_next for Formspree, redirect for Web3Forms …); leave out if none. */
      redirectField: z.string().optional(),
    })
    .prefault({}),
  /** Base address for "Edit this page" links, e.g. https://github.com/org/repo/edit/main/ ; leave out to hide them. */
  editBaseUrl: z.url().optional(),
  /** true while the practice is the fictional demo; pages then say so. */
  demo: z.boolean().default(false),
});
