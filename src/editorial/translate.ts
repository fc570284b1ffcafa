/**
 * `npm run translate`: starting and finishing a translation. Pure: scripts/translate.mjs reads
 * the files and git history, and writes what these return.
 */
import { stringify } from 'yaml';
import type { ArticleCollection } from '../collections';

/** The fields a translation of each collection carries, from its English page's fields. */
const EXTRA_FIELDS: Record<ArticleCollection, string[]> = {
  causes: [],
  symptoms: [],
  massageTypes: ['feelsLike', 'avoidWhen', 'evidenceReason'],
  redFlags: ['check', 'action'],
  faqs: ['question'],
  guides: ['evidenceReason'],
};

/**
 * A new translation file: the English words to translate, the version it starts from, and
 * `draft: true`, so the site keeps offering the English page until the translator removes it.
 * Every line to translate carries TODO, which the check lists until it is gone.
 */
export function scaffoldTranslation(collection: ArticleCollection, data: Record<string, unknown>, body: string, version: string): string {
  const fields: Record<string, unknown> = { title: data.title, description: data.description };
  if (Array.isArray(data.aliases) && data.aliases.length) fields.aliases = data.aliases;
  for (const field of EXTRA_FIELDS[collection]) {
    const value = field === 'evidenceReason' ? (data.evidence as { reason?: string } | undefined)?.reason : data[field];
    if (value !== undefined) fields[field] = value;
  }
  const yaml = stringify(fields, { lineWidth: 0 }).trimEnd();
  return [
    '---',
    '# TODO: translate every value below and the page text, then delete draft: true and these notes.',
    '# Keep [@citations], [!tokens] and link targets (/causes/…/) exactly as they are.',
    yaml,
    `translationOf: ${version}`,
    'draft: true',
    '---',
    '',
    'TODO: translate this page. The English text follows.',
    '',
    body.replace(/^\n+/, ''),
  ].join('\n');
}

/** The translation file with translationOf set to the English page's current version. */
export function markTranslated(text: string, version: string): string {
  if (/^translationOf:.*$/m.test(text)) return text.replace(/^translationOf:.*$/m, `translationOf: ${version}`);
  return text.replace(/^---\n/, `---\ntranslationOf: ${version}\n`);
}
