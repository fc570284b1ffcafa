/**
 * The variant build's Spanish pages in the two states an editor can leave them in: an English
 * page changed after its translation (stale), and an English page with no translation (missing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths';

/** The English FAQ whose answer changes after it was translated. */
export const STALE = { english: 'content/faqs/heat-or-ice.md', spanish: 'content/es/faqs/heat-or-ice.md', path: 'faq/heat-or-ice/' };
/** The English FAQ whose translation is deleted. */
export const MISSING = { english: 'content/faqs/bed-rest.md', spanish: 'content/es/faqs/bed-rest.md', path: 'faq/bed-rest/' };
/** The sentence added to the stale page's English answer. */
export const ADDED_SENTENCE = 'If heat makes the pain worse, stop using it.';

const english = readFileSync(join(root, STALE.english), 'utf8');

export const TRANSLATION_STATES: Record<string, string | null> = {
  [STALE.english]: english.replace(/\n*$/, ` ${ADDED_SENTENCE}\n`),
  [MISSING.spanish]: null,
};
