/**
 * Sätteri HTML-stage plugin: the checkboxes of a GFM task list ("- [ ] Ask about …") are
 * named by their item's text; an empty table header cell (a corner cell) becomes a plain
 * cell and every other header says whether it heads a column or a row (scope), so screen
 * readers announce no unnamed control, no empty header and the right header. A table sits
 * in a scrolling region that takes keyboard focus and is named by the heading above it: on
 * a phone a wide table scrolls sideways, and a keyboard must be able to scroll it too
 * (WCAG 2.1.1); the table itself keeps its table layout, so its semantics stay.
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
        filter: ['table'],
        visit(node, ctx) {
          const parent = ctx.parent(node);
          const before = parent && 'children' in parent ? parent.children.slice(0, ctx.indexOf(node) ?? 0) : [];
          const heading = before.findLast((n) => n.type === 'element' && /^h[1-6]$/.test(n.tagName));
          const name = heading ? ctx.textContent(heading).trim() : ctx.textContent(node).trim().split(/\s+/).slice(0, 6).join(' ');
          ctx.wrapNode(node, { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: name }, children: [] });
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
