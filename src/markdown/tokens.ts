/**
 * Sätteri plugin: words an article must never type, because they come from the practice
 * settings (content/practice/site.yaml) and the red-flags collection. A practice abroad sets
 * its own emergency number once and every page follows.
 *
 *   [!emergency]          the emergency sentence, e.g. "call 911 (in the US) or get to the nearest
 *                         emergency department straight away" (a capital when it starts a sentence)
 *   [!emergency-number]   the number alone, e.g. 911
 *   [!emergency-signs]    on a line of its own: the tier's instruction, then every sign of that
 *   [!urgent-signs]       tier in content/red-flags/, each linked to its page
 *   [!see-a-doctor-signs]
 *
 * The pre-flight (src/editorial/references.ts) rejects an unknown token, a list token inside a
 * sentence, and a typed emergency number, so editors learn the form before a reader sees a gap.
 */
import { defineMdastPlugin } from 'satteri';
import { checkedContent } from '../editorial/pipeline';
import { signsToken, tokenData, type TokenData } from '../editorial/tokens';
import { TIERS, fillTokens } from '../lib/urgency';
import { withBase } from '../lib/urls';

export function tokensPlugin({ base }: { base: string }) {
  let cache: { of: unknown; data: TokenData } | undefined;
  const data = () => {
    const { entries } = checkedContent();
    if (cache?.of !== entries) cache = { of: entries, data: tokenData(entries, import.meta.env?.PROD !== false) };
    return cache.data;
  };
  const plugin = defineMdastPlugin({
    name: 'site-tokens',
    paragraph(node, ctx) {
      const only = node.children.length === 1 && node.children[0]?.type === 'text' ? node.children[0].value.trim() : '';
      const urgency = signsToken(only);
      if (!urgency) return;
      const { settings, signs } = data();
      ctx.replaceNode(node, [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${TIERS[urgency].heading}.` }] }, { type: 'text', value: ` ${TIERS[urgency].intro(settings)}` }] },
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: signs[urgency].map((sign) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [{ type: 'link', url: withBase(base, sign.path), children: [{ type: 'text', value: sign.title }] }] }],
          })),
        },
      ]);
    },
    text(node, ctx) {
      if (!node.value.includes('[!')) return;
      // A sentence starts here only if this text opens its paragraph or list item.
      const value = fillTokens(node.value, data().settings, ctx.indexOf(node) === 0);
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  });
  // Astro keeps rendered Markdown between builds and throws it away when its config changes;
  // this digest is part of the config, so a new emergency number re-renders every page.
  Object.defineProperty(plugin, 'inputs', { enumerable: true, get: () => JSON.stringify(data()) });
  return plugin;
}
