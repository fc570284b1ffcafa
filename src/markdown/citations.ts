/**
 * Sätteri (Astro 7's Markdown processor) plugin: a [@key] citation becomes a small numbered
 * marker, like careful medical sites use, so citation text never crowds a sentence on a phone:
 * "…within weeks.¹". Numbers follow the order sources are first cited in the page, the same
 * order as the numbered source list at the end of the article (src/data/site.ts sorts it with
 * `citedKeys`). Each marker is a link to its entry there, named for screen readers ("Source 1:
 * NHS: Sciatica") and showing the title on hover and focus. Labels come from the sources the
 * pre-flight already read and checked (src/editorial/pipeline.ts), which also rejected any
 * unknown key, so nothing here reads a file or fails.
 */
import { defineMdastPlugin } from 'satteri';
import { checkedContent, sourceLabels } from '../editorial/pipeline';
import { citationLabel, splitCitations, type SourceLabelInput } from '../lib/citations';
import { languageOfFile, localPath, withBase } from '../lib/urls';
import { localeOf, uiStrings } from '../lib/i18n';
import { ARTICLES } from '../collections';

/**
 * Where a page's numbered source list is. An FAQ answer is also shown on /faq/ with all the
 * others, so its markers point at its own page; every other article's list is on the same page.
 */
function listPage(base: string, fileURL: URL | undefined): string {
  const faq = fileURL && new RegExp(`/content/(?:[a-z]{2}/)?${ARTICLES.faqs.folder}/([^/]+)\\.mdx?$`).exec(fileURL.pathname)?.[1];
  return faq ? withBase(base, localPath(languageOfFile(fileURL?.pathname), `${ARTICLES.faqs.path}/${faq}/`)) : '';
}

export function citationsPlugin({ base }: { base: string }) {
  // Per document: source key → its number, counted in the order of first citation.
  const numbering = new Map<string, Map<string, number>>();
  let labels: { of: unknown; map: Map<string, SourceLabelInput> } | undefined;
  const sources = () => {
    // Re-derived only when the pipeline has checked the content again (a change in dev).
    const { entries } = checkedContent();
    if (labels?.of !== entries) labels = { of: entries, map: sourceLabels(entries) };
    return labels.map;
  };
  const plugin = defineMdastPlugin({
    name: 'site-citations',
    before(_root, ctx) {
      numbering.set(ctx.fileURL?.href ?? '', new Map());
    },
    text(node, ctx) {
      if (!node.value.includes('[@')) return;
      const segments = splitCitations(node.value);
      if (!segments.some((s) => s.kind === 'citation')) return;
      const known = sources();
      const numbers = numbering.get(ctx.fileURL?.href ?? '') ?? new Map<string, number>();
      const page = listPage(base, ctx.fileURL);
      // "Source 1: …" / "Fuente 1: …": in the page's language.
      const { sourceMarker: marker, citation } = uiStrings(localeOf(languageOfFile(ctx.fileURL?.pathname), 'en-US'));
      type Out = { type: 'text'; value: string } | { type: 'cite'; data: Record<string, unknown>; children: unknown[] };
      const nodes = segments.flatMap((segment): Out[] => {
        if (segment.kind === 'text') return [{ type: 'text', value: segment.text ?? '' }];
        for (const key of segment.keys ?? []) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
        // Within one marker, in number order: "1, 3", never "3, 1".
        const keys = [...new Set(segment.keys ?? [])].sort((a, b) => numbers.get(a)! - numbers.get(b)!);
        const links = keys.flatMap((key, i) => {
          const n = numbers.get(key)!;
          const meta = known.get(key) ?? { authors: [key], year: 0 };
          const link = {
            type: 'link' as const,
            url: `${page}#source-${n}`,
            children: [{ type: 'text' as const, value: String(n) }],
            data: { hProperties: { ariaLabel: marker(n, citationLabel(meta, citation).replace(': ', ', ')), dataTitle: meta.title ?? '' } },
          };
          return i === 0 ? [link] : [{ type: 'text' as const, value: ', ' }, link];
        });
        return [{ type: 'cite', data: { hName: 'sup', hProperties: { className: ['cite'] } }, children: links }];
      });
      // A space before a marker would sit between the word and its number.
      const merged = nodes.map((n, i) => (n.type === 'text' && nodes[i + 1]?.type === 'cite' ? { ...n, value: n.value.replace(/\s+$/, '') } : n));
      ctx.replaceNode(node, merged as Parameters<typeof ctx.replaceNode>[1]);
    },
  });
  // Part of Astro's config digest: a changed source label re-renders the pages that cite it.
  Object.defineProperty(plugin, 'inputs', { enumerable: true, get: () => JSON.stringify([...sources()]) });
  return plugin;
}
