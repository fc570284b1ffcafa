/**
 * <site-search>: the header search box, upgraded from a plain form once the visitor
 * focuses it (searchBoot.ts). Results appear under the box as the visitor types, with
 * no debounce: stale answers are dropped instead, so the last keystroke's results show
 * as soon as Pagefind has them.
 *
 * Keyboard: Down arrow moves from the box into the results, Up/Down move between them,
 * Enter opens one (they are plain links), Escape closes the list and returns to the box,
 * Enter in the box opens /search/ with every result and the section filters.
 * Screen readers hear the result count from a polite live region once typing pauses.
 */
import { resultsAnnouncement, searchPageHref, toResultView } from '../lib/searchResults';
import { loadPagefind, preload, search, searchPagePath } from './searchEngine';
import { renderResult } from './searchRender';

const SHOWN = 5;
const ANNOUNCE_AFTER_MS = 600;

export class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private generation = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnouncement = '';

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.panel = this.querySelector('[data-search-panel]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.input.setAttribute('aria-controls', this.panel.id);
    this.input.setAttribute('aria-expanded', 'false');

    loadPagefind().catch(() => this.showUnavailable());
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('focus', () => this.input.value.trim() && this.panel.childElementCount && this.open());
    this.input.addEventListener('keydown', (e) => this.onInputKey(e));
    this.panel.addEventListener('keydown', (e) => this.onPanelKey(e));
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
    if (this.input.value.trim()) this.update();
  }

  private links(): HTMLAnchorElement[] {
    return [...this.panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  private onInputKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' && this.links().length) {
      e.preventDefault();
      this.open();
      this.links()[0]?.focus();
    } else if (e.key === 'Escape' && !this.panel.hidden) {
      e.preventDefault(); // keep the typed words: the first Escape only closes the list
      this.close();
    }
  }

  private onPanelKey(e: KeyboardEvent) {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      links[e.key === 'Home' ? 0 : links.length - 1]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
      this.input.focus();
    }
  }

  private open() {
    this.panel.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close() {
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  private announce(text: string) {
    clearTimeout(this.announceTimer);
    // Wait for a pause in typing, so a screen reader isn't read a count per keystroke.
    this.announceTimer = setTimeout(() => {
      if (text === this.lastAnnouncement) return;
      this.lastAnnouncement = text;
      this.status.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  private async update() {
    const query = this.input.value.trim();
    const generation = ++this.generation;
    if (!query) {
      this.panel.replaceChildren();
      delete this.panel.dataset['query'];
      this.close();
      this.announce('');
      return;
    }
    preload(query);
    let outcome;
    try {
      outcome = await search(query, undefined, () => generation === this.generation);
    } catch {
      if (generation === this.generation) this.showUnavailable();
      return;
    }
    if (!outcome) return;
    const shownQuery = outcome.correction?.query;
    const views = (await Promise.all(outcome.results.slice(0, SHOWN).map((r) => r.data()))).map((d) => toResultView(d, 2));
    if (generation !== this.generation) return;

    const list = document.createElement('ul');
    list.className = 'sr-results';
    list.setAttribute('aria-label', 'Search results');
    list.append(...views.map((v) => renderResult(v)));

    const summary = document.createElement('p');
    summary.className = 'ss-summary';
    const count = outcome.results.length;
    summary.textContent = count
      ? `${count} ${count === 1 ? 'result' : 'results'}${shownQuery ? ` for “${shownQuery}”` : ''}${outcome.relaxed ? ' with some of your words' : ''}`
      : `No results for “${query}”. Try other words, or browse every page A–Z.`;

    const all = document.createElement('a');
    all.className = 'ss-all';
    all.href = searchPageHref(searchPagePath, { query, sections: [] });
    all.textContent = count > SHOWN ? `See all ${count} results and filter by section` : count ? 'Filter by section' : 'Browse every page A–Z';

    this.panel.replaceChildren(summary, ...(count ? [list] : []), all);
    this.panel.dataset['query'] = query;
    this.open();
    this.announce(resultsAnnouncement(count, query, shownQuery));
  }

  private showUnavailable() {
    const note = document.createElement('p');
    note.className = 'ss-summary';
    note.textContent = import.meta.env.DEV
      ? 'Search needs the index from a build: run npm run build once, then restart npm run dev (or use npm run preview).'
      : 'Search could not load. You can still browse every page A–Z.';
    const all = document.createElement('a');
    all.className = 'ss-all';
    all.href = searchPagePath;
    all.textContent = 'Every page A–Z';
    this.panel.replaceChildren(note, all);
    this.panel.dataset['query'] = this.input.value.trim();
    if (this.input.value.trim() || document.activeElement === this.input) this.open();
  }
}

