/**
 * Sätteri (Astro 7's Markdown processor) plugin: [@key] citations become links to the
 * bibliography entry, labelled "Furlan and others 2015". The labels come from the sources the
 * pre-flight already read and checked (src/editorial/pipeline.ts), which also rejected any
 * unknown key, so nothing here reads a file or fails.
 */
import { defineMdastPlugin } from 'satteri';
import { checkedContent, sourceLabels } from '../editorial/pipeline';
import { citationLabel, splitCitations, type SourceLabelInput } from '../lib/citations';
import { withBase } from '../lib/urls';

export function citationsPlugin({ base }: { base: string }) {
  let labels: { of: unknown; map: Map<string, SourceLabelInput> } | undefined;
  const sources = () => {
    // Re-derived only when the pipeline has checked the content again (a change in dev).
    const { entries } = checkedContent();
    if (labels?.of !== entries) labels = { of: entries, map: sourceLabels(entries) };
    return labels.map;
  };
  const plugin = defineMdastPlugin({
    name: 'site-citations',
    text(node, ctx) {
      if (!node.value.includes('[@')) return;
      const segments = splitCitations(node.value);
      if (!segments.some((s) => s.kind === 'citation')) return;
      const known = sources();
      const nodes = segments.flatMap((segment) => {
        if (segment.kind === 'text') return [{ type: 'text' as const, value: segment.text ?? '' }];
        const links = (segment.keys ?? []).flatMap((key, i) => {
          const meta = known.get(key) ?? { authors: [key], year: 0 };
          const link = {
            type: 'link' as const,
            url: withBase(base, `sources/#${key}`),
            title: meta.title ?? '',
            children: [{ type: 'text' as const, value: citationLabel(meta) }],
          };
          return i === 0 ? [link] : [{ type: 'text' as const, value: '; ' }, link];
        });
        return [{ type: 'text' as const, value: ' (' }, ...links, { type: 'text' as const, value: ')' }];
      });
      // " (" after a space would double it: trim the space the editor left before the bracket.
      const merged = nodes.map((n, i) => {
        const next = nodes[i + 1];
        return n.type === 'text' && next?.type === 'text' && next.value === ' (' ? { ...n, value: n.value.replace(/\s+$/, '') } : n;
      });
      ctx.replaceNode(node, merged);
    },
  });
  // Part of Astro's config digest: a changed source label re-renders the pages that cite it.
  Object.defineProperty(plugin, 'inputs', { enumerable: true, get: () => JSON.stringify([...sources()]) });
  return plugin;
}
