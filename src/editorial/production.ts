/**
 * The production gate: what must change before the site is published, so the demo (or a
 * half-finished copy of it) never ships. `npm run check -- --production` lists these with
 * the review dates, and `astro build` with PRODUCTION=true refuses to finish while any is
 * left (src/integrations/productionCheck.ts). Pure: entries in, findings out; each names the
 * file and field and what to put there.
 */
import type { ContentProblem } from './problems';
import type { Entry } from './entries';
import { isoDay, reviewStatus } from '../lib/dates';

export type Finding = Omit<ContentProblem, 'severity' | 'step'>;

export interface ProductionEnv {
  SITE_URL?: string | undefined;
  PUBLIC_BOOKING_ENDPOINT?: string | undefined;
}

/**
 * Addresses that can never be a live practice's: the documentation names of RFC 2606 and
 * RFC 6761 (example.com/.net/.org and the .example, .test, .invalid and .localhost domains).
 */
export const PLACEHOLDER_DOMAIN = /(^|[@./\s])(example\.(com|net|org)|localhost|[a-z0-9-]+\.(example|test|invalid|localhost))(?=$|[/:?#\s>])/i;

/**
 * The North American fictional numbers: 555 as the area code or the exchange, as in
 * "(555) 010-4477" or "415-555-0134". Other countries' drama ranges (Ofcom's 01632 960xxx,
 * 020 7946 0xxx …) are not listed: they are real numbering, set aside for fiction.
 */
export function isFictionalPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10 && (digits.startsWith('555') || digits.slice(3, 6) === '555');
}

export const isPlaceholderAddress = (text: string) => PLACEHOLDER_DOMAIN.test(text);

const isLoopback = (url: string) => URL.canParse(url) && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** Everything still demo or placeholder in the content and the build environment. */
export function productionFindings(entries: readonly Entry[], env: ProductionEnv): Finding[] {
  const findings: Finding[] = [];
  const at = (entry: Entry, path: (string | number)[], field: string, message: string) =>
    findings.push({ file: entry.file, line: entry.yaml.lineOf(path) ?? 1, field, message });

  const settings = entries.find((e) => e.collection === 'practice');
  if (settings) {
    const d = settings.data as { demo?: boolean; phone?: string; email?: string; editBaseUrl?: string; booking?: { mode?: string } };
    if (d.demo) at(settings, ['demo'], 'demo', 'is true: the practice is the fictional demo. Once name, tagline, contact details, locations and people are your own, set demo: false (or delete the line)');
    if (d.phone && isFictionalPhone(d.phone)) at(settings, ['phone'], 'phone', `is ${d.phone}, a fictional 555 number; put the practice's real phone number`);
    if (d.email && isPlaceholderAddress(d.email)) at(settings, ['email'], 'email', `is ${d.email}, a placeholder address; put the address booking questions should go to`);
    if (!d.editBaseUrl) {
      at(settings, ['editBaseUrl'], 'editBaseUrl', 'is not set, so readers cannot see where a page is edited and editors get no "Edit this page" link; set it to your repository\'s edit address, e.g. https://github.com/<you>/<repo>/edit/main/');
    } else if (isPlaceholderAddress(d.editBaseUrl)) {
      at(settings, ['editBaseUrl'], 'editBaseUrl', `is ${d.editBaseUrl}, a placeholder address; set it to your repository's edit address, e.g. https://github.com/<you>/<repo>/edit/main/`);
    }
    if ((d.booking?.mode ?? 'form') === 'form') {
      const endpoint = env.PUBLIC_BOOKING_ENDPOINT;
      const where = { file: 'PUBLIC_BOOKING_ENDPOINT (build environment or .env)', field: undefined };
      if (!endpoint) findings.push({ ...where, message: `is not set, and ${settings.file} takes bookings by form (booking.mode: form); set it to your form provider's endpoint, e.g. https://formspree.io/f/<form id> (README, "Connecting Formspree"), or set booking.mode: phone-only` });
      else if (isLoopback(endpoint) || isPlaceholderAddress(endpoint)) findings.push({ ...where, message: `is ${endpoint}, a local or placeholder address; set it to your form provider's endpoint, e.g. https://formspree.io/f/<form id>` });
    }
  }

  for (const person of entries.filter((e) => e.collection === 'people')) {
    if ((person.data as { demo?: boolean }).demo) {
      at(person, ['demo'], 'demo', `is true: ${String(person.data.name)} is a fictional person. Put a real person's name, credentials and bio here and delete demo: true, or delete the file and point the pages' author and reviewer at your own people`);
    }
  }

  for (const location of entries.filter((e) => e.collection === 'locations')) {
    const index = (location.yaml.data as { id?: string }[]).findIndex((l) => l?.id === location.id);
    const d = location.data as { demo?: boolean; phone?: string; name?: string };
    if (d.demo) at(location, [index, 'demo'], `location ${location.id}: demo`, `is true: ${d.name} is a fictional location. Put your own address, phone, hours and access notes and delete demo: true, or remove the location`);
    if (d.phone && isFictionalPhone(d.phone)) at(location, [index, 'phone'], `location ${location.id}: phone`, `is ${d.phone}, a fictional 555 number; put the location's real phone number`);
  }

  const site = env.SITE_URL;
  const siteWhere = { file: 'SITE_URL (build environment)', field: undefined };
  if (!site) findings.push({ ...siteWhere, message: 'is not set; set it to the address the site is served from, e.g. SITE_URL=https://www.your-practice.com (canonical URLs, sitemap, feed and share images use it)' });
  else if (!site.startsWith('https://') || isLoopback(site) || isPlaceholderAddress(site)) findings.push({ ...siteWhere, message: `is ${site}; set it to the public https:// address the site is served from` });

  return findings;
}

/** Published pages past their review date (18 months): the same rule as `npm run check`'s review step. */
export function expiredReviewFindings(entries: readonly Entry[], today: Date): Finding[] {
  return entries
    .filter((e) => e.bodyLine > 0 && !e.draft && e.data.lastReviewed instanceof Date && reviewStatus(e.data.lastReviewed, today) === 'expired')
    .map((e) => ({
      file: e.file,
      line: e.yaml.lineOf(['lastReviewed']) ?? 1,
      field: 'lastReviewed',
      message: `is ${isoDay(e.data.lastReviewed as Date)}, over 18 months ago; ask the medical reviewer to check the page, then set lastReviewed to that day`,
    }));
}
