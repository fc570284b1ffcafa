/**
 * Sätteri HTML-stage plugin: the checkboxes of a GFM task list ("- [ ] Ask about …") are
 * named by their item's text; an empty table header cell (a corner cell) becomes a plain
 * cell and every other header says whether it heads a column or a row (scope), so screen
 * readers announce no unnamed control, no empty header and the right header.
 */
import { defineHastPlugin } from 'satteri';

export function accessibleMarkupPlugin() {
  return defineHastPlugin({
    name: 'site-accessible-markup',
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
