/**
 * The A–Z index of every page that /search/ shows when JavaScript is off (and below
 * the search box before a visitor types). Pure: the page hands in the entries.
 */

export interface AzEntry {
  title: string;
  href: string;
  /** Section label shown next to the title ("Causes"), empty for standalone pages. */
  section: string;
}

export interface AzGroup {
  /** "A" … "Z", or "#" for titles that start with a digit or symbol. */
  letter: string;
  entries: AzEntry[];
}

/** The letter a title files under: its first letter, ignoring quotes and accents. */
export function azLetter(title: string): string {
  const first = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[^a-z0-9]+/i, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * Entries grouped by letter, letters in order ("#" last), titles sorted within each letter
 * the way readers of `lang` sort them (Spanish puts "ñ" after "n").
 */
export function azIndex(entries: readonly AzEntry[], lang = 'en'): AzGroup[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, AzEntry[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(a.title, b.title) || a.href.localeCompare(b.href))) {
    const letter = azLetter(entry.title);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, entries: list }));
}
