/**
 * <site-search>: the header search box, upgraded from a plain form once the visitor
 * focuses it (searchBoot.ts). Results appear under the box as the visitor types, with
 * no debounce: stale answers are dropped instead, so the last keystroke's results show
 * as soon as Pagefind has them. What costs downloads is held back instead: a two-letter
 * start waits for a pause, and the list shows three results until typing pauses, then five.
 *
 * Keyboard: Down arrow moves from the box into the results, Up/Down move between them,
 * Enter opens one (they are plain links), Escape closes the list and returns to the box,
 * Enter in the box opens /search/ with every result and the section filters.
 * Screen readers hear the result count from a polite live region once typing pauses.
 */
import { searchPageHref, toResultView, type ResultView } from '../../lib/search/results';
import type { SearchMessages } from '../../lib/search/messages';
import { loadMessages, loadPagefind, search, searchPagePath, type SearchOutcome } from './searchEngine';
import { searchableQuery } from '../../lib/search/query';
import { el, renderResult } from './searchRender';
import { SearchElement } from './searchElement';

/** Results in the list once typing pauses, and while typing (each one is a download). */
const SHOWN = 5;
const FIRST = 3;
/** How long a pause in typing is. */
const SETTLE_MS = 250;

class SiteSearch extends SearchElement {
  private panel!: HTMLElement;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The searched query the list shows, and its results. */
  private shownFor = '';
  private outcome: SearchOutcome | undefined;
  /** The words the list was drawn with, for the results added when typing pauses. */
  private say: SearchMessages | undefined;

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.panel = this.querySelector('[data-search-panel]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.input.setAttribute('aria-controls', this.panel.id);
    this.input.setAttribute('aria-expanded', 'false');

    Promise.all([loadPagefind(), loadMessages()]).catch(() => this.showUnavailable());
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('focus', () => this.input.value.trim() && this.panel.childElementCount && this.open());
    this.input.addEventListener('keydown', (e) => this.onInputKey(e));
    this.panel.addEventListener('keydown', (e) => this.onPanelKey(e));
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
    if (this.input.value.trim()) this.update();
  }

  protected links(): HTMLAnchorElement[] {
    return [...this.panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  protected override showResults() {
    this.open();
  }

  protected override hideResults() {
    this.close();
  }

  private onInputKey(e: KeyboardEvent) {
    if (this.enterResults(e)) return;
    if (e.key === 'Escape' && !this.panel.hidden) {
      e.preventDefault(); // keep the typed words: the first Escape only closes the list
      this.close();
    }
  }

  private onPanelKey(e: KeyboardEvent) {
    if (this.moveInResults(e)) return;
    if (e.key === 'Home' || e.key === 'End') {
      const links = this.links();
      e.preventDefault();
      links[e.key === 'Home' ? 0 : links.length - 1]?.focus();
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

  private async update() {
    const typed = this.input.value.trim();
    const generation = ++this.generation;
    clearTimeout(this.settleTimer);
    if (!typed) {
      this.panel.replaceChildren();
      delete this.panel.dataset['query'];
      this.shownFor = '';
      this.close();
      this.announce('');
      return;
    }
    const query = searchableQuery(typed);
    if (!query) return; // a single letter or only little words: wait for more
    if (query === this.shownFor) {
      // "sleeping on yo" searches what "sleeping" did: the results on screen stand.
      this.panel.dataset['query'] = typed;
      this.settleTimer = setTimeout(() => void this.topUp(generation), SETTLE_MS);
      return;
    }
    // A two-letter start ("sl") matches too much to be worth a download until typing pauses.
    if (query.length < 3) await new Promise((resolve) => (this.settleTimer = setTimeout(resolve, SETTLE_MS)));
    if (generation !== this.generation) return;

    let outcome: SearchOutcome | null;
    let views: ResultView[];
    let say: SearchMessages;
    try {
      [outcome, say] = await Promise.all([search(query, undefined, () => generation === this.generation), loadMessages()]);
      if (!outcome) return;
      views = await this.views(outcome, 0, FIRST);
    } catch (error) {
      return this.failed(generation, error);
    }
    if (generation !== this.generation) return;
    this.outcome = outcome;
    this.say = say;
    this.shownFor = query;

    const list = el('ul', 'sr-results');
    list.setAttribute('aria-label', say.strings.listLabel);
    list.append(...views.map((v) => renderResult(v, say)));

    const shownQuery = outcome.correction?.query;
    const count = outcome.results.length;
    this.fill(
      typed,
      say.panelSummary({ query: typed, count, corrected: shownQuery, relaxed: outcome.relaxed }),
      searchPageHref(searchPagePath, { query: typed, sections: [] }),
      say.panelAllLink(count, SHOWN),
      count ? list : undefined,
    );
    this.open();
    this.announce(say.announcement(count, typed, shownQuery));
    this.settleTimer = setTimeout(() => void this.topUp(generation), SETTLE_MS);
  }

  private async views(outcome: SearchOutcome, from: number, to: number) {
    return (await Promise.all(outcome.results.slice(from, to).map((r) => r.data()))).map((d) => toResultView(d, 2));
  }

  /**
   * While typing, only the first three results are fetched (each costs a download); when
   * typing pauses, the list fills up to five.
   */
  private async topUp(generation: number) {
    const list = this.panel.querySelector('.sr-results');
    const outcome = this.outcome;
    if (!list || !outcome || list.childElementCount >= Math.min(SHOWN, outcome.results.length)) return;
    const views = await this.views(outcome, list.childElementCount, SHOWN).catch(() => []);
    const say = this.say;
    if (say && generation === this.generation && this.outcome === outcome) list.append(...views.map((v) => renderResult(v, say)));
  }

  protected async showUnavailable() {
    // Without its words (offline, say) the panel stays shut; the form still opens /search/.
    const say = await loadMessages().catch(() => undefined);
    if (!say) return;
    const typed = this.input.value.trim();
    this.fill(typed, import.meta.env.DEV ? say.strings.panelUnavailableDev : say.strings.panelUnavailable, searchPagePath, say.strings.panelEveryPage);
    if (typed || document.activeElement === this.input) this.open();
  }

  /** The panel's contents: a summary line, the results if there are any, and a link to /search/. */
  private fill(typed: string, summary: string, allHref: string, allText: string, list?: HTMLElement) {
    const all = el('a', 'ss-all', allText);
    all.href = allHref;
    this.panel.replaceChildren(el('p', 'ss-summary', summary), ...(list ? [list] : []), all);
    this.panel.dataset['query'] = typed;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
