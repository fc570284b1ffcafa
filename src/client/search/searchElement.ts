/**
 * What the header box (<site-search>, searchBox.ts) and the /search/ page (<search-page>,
 * searchPage.ts) share: the search input, a polite status that speaks once typing pauses, and
 * the keys that move between the box and the result links.
 */

/** How long typing must pause before the status is read out. */
const ANNOUNCE_AFTER_MS = 600;

export abstract class SearchElement extends HTMLElement {
  protected input!: HTMLInputElement;
  protected status!: HTMLElement;
  /** Bumped by every search, so an answer that arrives after a newer one started is dropped. */
  protected generation = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnouncement = '';

  /** The result links, in the order the keys move through them. */
  protected abstract links(): HTMLAnchorElement[];
  /** Shows the results before Down moves into them (the header's list may be closed). */
  protected showResults() {}
  /** Hides what Escape closes when it leaves the results. */
  protected hideResults() {}
  /** Says search could not load (no index, offline) and points at the A–Z list. */
  protected abstract showUnavailable(): void | Promise<void>;

  /** A search that threw: logged, and unless a newer search has started, search is said to be unavailable. */
  protected failed(generation: number, error: unknown) {
    console.error('Search failed:', error);
    if (generation === this.generation) void this.showUnavailable();
  }

  /**
   * Puts `text` in the live region once typing pauses, so a screen reader isn't read a count
   * per keystroke; unless `repeat`, the same words twice in a row are said once.
   */
  protected announce(text: string, { repeat = false } = {}) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (!repeat && text === this.lastAnnouncement) return;
      this.lastAnnouncement = text;
      this.status.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  /** Down in the box moves to the first result. Returns whether it used the key. */
  protected enterResults(e: KeyboardEvent): boolean {
    const links = this.links();
    if (e.key !== 'ArrowDown' || !links.length) return false;
    e.preventDefault();
    this.showResults();
    links[0]!.focus();
    return true;
  }

  /**
   * On a result: Down and Up move between results (Up from the first returns to the box),
   * Escape returns to the box. Returns whether it used the key.
   */
  protected moveInResults(e: KeyboardEvent): boolean {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
      return true;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      this.hideResults();
      this.input.focus();
      return true;
    }
    return false;
  }
}
