/**
 * In-text citations. Editors write [@furlan2015] or [@koes2007; @nhs-sciatica] in
 * Markdown; the Markdown plugin turns each key into a link to its bibliography entry.
 * Pure functions only: parsing and labels, no file access.
 */

/** Matches one citation group: [@key] or [@key; @other]. */
export const CITATION_GROUP = /\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

export interface CitationSegment {
  kind: 'text' | 'citation';
  /** Text for a text segment. */
  text?: string;
  /** Source keys for a citation segment, in the order written. */
  keys?: string[];
}

/** Splits a text node's value into plain text and citation groups. */
export function splitCitations(value: string): CitationSegment[] {
  const segments: CitationSegment[] = [];
  let last = 0;
  for (const match of value.matchAll(CITATION_GROUP)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: value.slice(last, index) });
    const keys = (match[1] ?? '').split(';').map((part) => part.trim().replace(/^@/, ''));
    segments.push({ kind: 'citation', keys });
    last = index + match[0].length;
  }
  if (last < value.length) segments.push({ kind: 'text', text: value.slice(last) });
  return segments;
}

/** All source keys cited in a Markdown body, without duplicates, in order of first use. */
export function citedKeys(body: string): string[] {
  const keys = new Set<string>();
  for (const segment of splitCitations(body)) for (const key of segment.keys ?? []) keys.add(key);
  return [...keys];
}

export interface SourceLabelInput {
  authors: string[];
  year: number;
  /** Used for patient-information pages, where one organisation wrote several. */
  title?: string;
  kind?: string;
}

/** "Furlan and others 2015", "Ropper and Zafonte 2015", "NHS: Sciatica": short and readable. */
/** The words between author names, in the page's language ("and others" / "y otros"). */
export interface CitationWords {
  and: string;
  others: string;
}

export function citationLabel({ authors, year, title, kind }: SourceLabelInput, words: CitationWords = { and: 'and', others: 'and others' }): string {
  const first = authors[0] ?? 'Unknown';
  // A web page from an organisation (the NHS has several) is named by its title, not a year:
  // its "year" is only the version an editor read, and "NHS 2023; NHS 2023" would say nothing.
  if (kind === 'patient-information' && title && authors.length === 1) return `${first}: ${title}`;
  // A list that ends in "et al." names only the authors an editor could confirm.
  const named = authors.filter((a) => !/^et al\.?$/i.test(a));
  const more = named.length > 2 || named.length < authors.length;
  return `${shortName(first)}${more ? ` ${words.others}` : named.length === 2 ? ` ${words.and} ${shortName(named[1] ?? '')}` : ''} ${year}`;
}

/** "Furlan AD" → "Furlan"; organisations ("NHS", "NICE") stay whole. */
function shortName(author: string): string {
  return /^[A-Z][\w'’-]+ [A-Z]{1,3}$/.test(author) ? (author.split(' ')[0] ?? author) : author;
}
