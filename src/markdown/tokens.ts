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
import { fillTokens, tiersFor } from '../lib/urgency';
import type { Lang } from '../lib/i18n';
import { languageOfFile, withBase } from '../lib/urls';

export function tokensPlugin({ base }: { base: string }) {
  const cache = new Map<Lang, { of: unknown; data: TokenData }>();
  /** The tokens' words in a language (Spanish in content/es/), re-read when the content is checked again. */
  const data = (lang: Lang = 'en') => {
    const { entries } = checkedContent();
    let hit = cache.get(lang);
    if (hit?.of !== entries) cache.set(lang, (hit = { of: entries, data: tokenData(entries, import.meta.env?.PROD !== false, lang) }));
    return hit.data;
  };
  const plugin = defineMdastPlugin({
    name: 'site-tokens',
    paragraph(node, ctx) {
      const only = node.children.length === 1 && node.children[0]?.type === 'text' ? node.children[0].value.trim() : '';
      const urgency = signsToken(only);
      if (!urgency) return;
      const { settings, signs } = data(languageOfFile(ctx.fileURL?.pathname));
      const tier = tiersFor(settings.lang ?? 'en-US')[urgency];
      ctx.replaceNode(node, [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${tier.heading}.` }] }, { type: 'text', value: ` ${tier.intro(settings)}` }] },
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
      const value = fillTokens(node.value, data(languageOfFile(ctx.fileURL?.pathname)).settings, ctx.indexOf(node) === 0);
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  });
  // Astro keeps rendered Markdown between builds and throws it away when its config changes;
  // this digest is part of the config, so a new emergency number re-renders every page.
  Object.defineProperty(plugin, 'inputs', { enumerable: true, get: () => JSON.stringify([data('en'), data('es')]) });
  return plugin;
}
