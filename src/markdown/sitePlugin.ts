/**
 * The one Markdown plugin the site needs (Sätteri, Astro 7's default processor):
 *  - [@key] citations become links to the bibliography entry, labelled "Furlan 2015";
 *    an unknown key fails the build naming the file and the key.
 *  - Root-relative links ("/causes/herniated-disc/") get the base path, because
 *    Astro never rewrites Markdown links for `base`.
 * And HTML-stage plugins:
 *  - externalLinksPlugin: links to other sites get rel="noopener noreferrer", so the page
 *    they open can neither reach back into this one nor learn which health page the
 *    reader came from.
 *  - accessibleMarkupPlugin: the checkboxes of a GFM task list ("- [ ] Ask about …") are
 *    named by their item's text; an empty table header cell (a corner cell) becomes a plain
 *    cell and every other header says whether it heads a column or a row (scope), so
 *    screen readers announce no unnamed control, no empty header and the right header.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { parse } from 'yaml';
import { citationLabel, splitCitations } from '../lib/citations';
import { isRootRelative, withBase } from '../lib/urls';

interface SourceMeta {
  authors: string[];
  year: number;
  title: string;
  kind: string;
}

function readSources(dir: string): Map<string, SourceMeta> {
  const sources = new Map<string, SourceMeta>();
  for (const name of readdirSync(dir)) {
    if (!/\.ya?ml$/.test(name) || name.startsWith('_')) continue;
    const data = parse(readFileSync(join(dir, name), 'utf8')) as Partial<SourceMeta> | null;
    sources.set(name.replace(/\.ya?ml$/, ''), {
      authors: Array.isArray(data?.authors) ? data.authors : [],
      year: typeof data?.year === 'number' ? data.year : 0,
      title: typeof data?.title === 'string' ? data.title : '',
      kind: typeof data?.kind === 'string' ? data.kind : '',
    });
  }
  return sources;
}

export function sitePlugin({ base, sourcesDir }: { base: string; sourcesDir: string }) {
  let sources: Map<string, SourceMeta> | undefined;
  const root = process.cwd();
  return defineMdastPlugin({
    name: 'sciatica-site',
    text(node, ctx) {
      if (!node.value.includes('[@')) return;
      const segments = splitCitations(node.value);
      if (!segments.some((s) => s.kind === 'citation')) return;
      // Read the bibliography once per build (and again in dev when it may have changed).
      sources = import.meta.env?.DEV || !sources ? readSources(sourcesDir) : sources;
      const known = sources;
      const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)) : 'a Markdown file';
      const nodes = segments.flatMap((segment) => {
        if (segment.kind === 'text') return [{ type: 'text' as const, value: segment.text ?? '' }];
        const keys = segment.keys ?? [];
        const links = keys.flatMap((key, i) => {
          const meta = known.get(key);
          if (!meta) {
            throw new Error(
              `${file}: citation [@${key}] points to a source that does not exist. Add content/sources/${key}.yaml or use one of: ${[...known.keys()].sort().join(', ')}`,
            );
          }
          const link = {
            type: 'link' as const,
            url: withBase(base, `sources/#${key}`),
            title: meta.title,
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
    link(node, ctx) {
      if (base !== '/' && isRootRelative(node.url) && !node.url.startsWith(base)) {
        ctx.setProperty(node, 'url', withBase(base, node.url));
      }
    },
  });
}

/** True for links that leave the site: http(s) and protocol-relative addresses. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

export function externalLinksPlugin() {
  return defineHastPlugin({
    name: 'sciatica-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string' || !isExternalHref(href)) return;
        const rel: unknown = node.properties?.['rel'];
        const existing = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
        ctx.setProperty(node, 'rel', [...new Set([...existing, 'noopener', 'noreferrer'])]);
      },
    },
  });
}

export function accessibleMarkupPlugin() {
  return defineHastPlugin({
    name: 'sciatica-accessible-markup',
    element: [
      {
        filter: ['input'],
        visit(node, ctx) {
          if (node.properties?.['type'] !== 'checkbox' || node.properties?.['ariaLabel']) return;
          const item = ctx.parent(node);
          if (item?.type !== 'element' || item.tagName !== 'li') return;
          const label = ctx.textContent(item).trim();
          if (label) ctx.setProperty(node, 'ariaLabel', label);
        },
      },
      {
        filter: ['th'],
        visit(node, ctx) {
          if (!ctx.textContent(node).trim()) return ctx.replaceNode(node, { ...node, tagName: 'td' });
          if (node.properties?.['scope']) return;
          // A header in <thead> heads its column; one elsewhere heads its row.
          const row = ctx.parent(node);
          const group = row ? ctx.parent(row) : undefined;
          ctx.setProperty(node, 'scope', group?.type === 'element' && group.tagName === 'thead' ? 'col' : 'row');
        },
      },
    ],
  });
}
