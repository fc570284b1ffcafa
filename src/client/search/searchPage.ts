/**
 * <search-page>: the full search on /search/. Reads ?q= and &section= (the header box
 * submits here), searches as the visitor types, filters by section (any of the ticked
 * ones), shows ten results at a time, and keeps the address in step so a search can be
 * shared or reloaded. Without JavaScript the page still lists every page A–Z.
 */
import { parseSearchParams, searchPageHref, sectionFilter, toResultView } from '../../lib/search/results';
import type { SearchMessages } from '../../lib/search/messages';
import { allFilters, loadMessages, loadPagefind, search, searchPagePath, type SearchOutcome } from './searchEngine';
import { searchableQuery } from '../../lib/search/query';
import { renderResult } from './searchRender';
import { SearchElement } from './searchElement';

const PAGE_SIZE = 10;

class SearchPage extends SearchElement {
  private boxes!: HTMLInputElement[];
  private list!: HTMLElement;
  private summary!: HTMLElement;
  private more!: HTMLButtonElement;
  private outcome: SearchOutcome | undefined;
  private shown = 0;
  /** The page's words for what it writes (search/strings.json), once loaded. */
  private say: SearchMessages | undefined;

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="section"]')];
    this.list = this.querySelector('[data-search-results]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.summary = this.querySelector('[data-search-summary]')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));

    const state = parseSearchParams(location.search);
    this.input.value = state.query;
    for (const box of this.boxes) box.checked = state.sections.includes(box.value);

    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault(); // results are already on the page; Enter just settles the address
      void this.update();
    });
    this.input.addEventListener('input', () => void this.update());
    for (const box of this.boxes) box.addEventListener('change', () => void this.update());
    this.more.addEventListener('click', () => void this.showMore(true));
    this.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      this.input.focus();
      this.input.select();
    });

    Promise.all([loadPagefind(), loadMessages()])
      .then(() => this.showCounts())
      .catch(() => this.showUnavailable());
    if (state.query || state.sections.length) void this.update();
  }

  protected links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  private onKey(e: KeyboardEvent) {
    if (e.target === this.input) this.enterResults(e);
    else this.moveInResults(e);
  }

  private sections(): string[] {
    return this.boxes.filter((b) => b.checked).map((b) => b.value);
  }

  private async showCounts(counts?: Record<string, number>) {
    const all = counts ?? (await allFilters())['section'] ?? {};
    for (const box of this.boxes) {
      const label = box.parentElement?.querySelector('[data-count]');
      if (label) label.textContent = `(${all[box.value] ?? 0})`;
    }
  }

  private async update() {
    const typed = this.input.value.trim();
    const query = searchableQuery(typed);
    const sections = this.sections();
    const generation = ++this.generation;
    history.replaceState(null, '', searchPageHref(searchPagePath, { query: typed, sections }));
    if (typed && !query) return; // one letter: wait for the next
    if (!query && !sections.length) {
      this.outcome = undefined;
      this.list.replaceChildren();
      this.summary.textContent = '';
      this.more.hidden = true;
      delete this.list.dataset['query'];
      void this.showCounts();
      return;
    }
    try {
      // With nothing ticked, filter to every section anyway: only then does Pagefind count
      // results per section, which the checkboxes show.
      const within = sections.length ? sections : this.boxes.map((b) => b.value);
      const [outcome, say] = await Promise.all([search(query, sectionFilter(within), () => generation === this.generation), loadMessages()]);
      if (!outcome) return;
      this.say = say;
      this.outcome = outcome;
      this.shown = 0;
      this.list.replaceChildren();
      await this.showMore(false, generation);
    } catch (error) {
      return this.failed(generation, error);
    }
    const { outcome, say } = this;
    if (generation !== this.generation || !outcome || !say) return;
    if (query) void this.showCounts(outcome.counts['section'] ?? {});

    const found = { query, count: outcome.results.length, corrected: outcome.correction?.query, relaxed: outcome.relaxed };
    this.summary.textContent = say.pageSummary(found, sections);
    this.announce(say.pageAnnouncement(found, sections), { repeat: true });
  }

  private async showMore(moveFocus: boolean, generation = this.generation) {
    const outcome = this.outcome;
    const say = this.say;
    if (!outcome || !say) return;
    const batch = outcome.results.slice(this.shown, this.shown + PAGE_SIZE);
    const views = (await Promise.all(batch.map((r) => r.data()))).map((d) => toResultView(d, 3));
    if (generation !== this.generation) return;
    const items = views.map((v) => renderResult(v, say, { headingLevel: 'h2' }));
    this.list.append(...items);
    this.shown += batch.length;
    this.list.dataset['query'] = outcome.query;
    this.more.hidden = this.shown >= outcome.results.length;
    // After "Show more", put the keyboard on the first new result rather than back at the top.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  protected async showUnavailable() {
    // Without its words (offline, say) the summary stays empty; the A–Z list is there either way.
    const say = await loadMessages().catch(() => undefined);
    if (say) this.summary.textContent = import.meta.env.DEV ? say.strings.pageUnavailableDev : say.strings.pageUnavailable;
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
