/**
 * Draws one search result: title link, section label, excerpt with the match marked,
 * and links that jump to the matching headings. Used by the header box and /search/.
 * Styles: src/components/search/search-results.css.
 */
import type { ResultView } from '../../lib/search/results';
import type { SearchMessages } from '../../lib/search/messages';

/** An element with a class and, if given, its text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderResult(view: ResultView, say: SearchMessages, options: { headingLevel?: 'h2' | 'h3' | 'p' } = {}): HTMLLIElement {
  const item = el('li', 'sr-result');
  const heading = el(options.headingLevel ?? 'p', 'sr-result-title');
  const link = el('a', 'sr-result-link', view.title);
  link.href = view.href;
  heading.append(link);
  if (view.section) {
    const label = el('span', 'sr-result-section', view.section);
    heading.append(' ', label);
  }
  item.append(heading);
  if (view.excerpt) {
    const excerpt = el('p', 'sr-result-excerpt');
    excerpt.innerHTML = view.excerpt; // safeExcerpt: text plus <mark> only
    item.append(excerpt);
  }
  if (view.subResults.length) {
    const list = el('ul', 'sr-subresults');
    list.setAttribute('aria-label', say.subResultsLabel(view.title));
    for (const sub of view.subResults) {
      const li = el('li', 'sr-subresult');
      const a = el('a', 'sr-result-link', sub.title);
      a.href = sub.href;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
