/**
 * A Sätteri hast plugin for question pages: marks short inline code `code-token` (kept on one line
 * by CSS) and lets long inline code wrap at sensible points (<wbr> after dots, slashes, brackets),
 * as `inlineCodeLayout` decides. Code blocks (`pre > code`) are left alone.
 */
import { defineHastPlugin } from 'satteri';
import type { ElementContent } from 'hast';
import { inlineCodeLayout } from '../lib/inline-code.ts';

export const inlineCodeBreaks = defineHastPlugin({
  name: 'guide:inline-code-breaks',
  element: {
    filter: ['code'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      if (parent?.type === 'element' && parent.tagName === 'pre') return;
      const layout = inlineCodeLayout(ctx.textContent(node));
      if (layout.nowrap) {
        ctx.setProperty(node, 'className', ['code-token']);
        return;
      }
      if (layout.pieces.length < 2 || node.children.some((child) => child.type !== 'text')) return;
      const children: ElementContent[] = [];
      for (const piece of layout.pieces) {
        if (children.length > 0) children.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
        children.push({ type: 'text', value: piece });
      }
      ctx.replaceNode(node, { ...node, children });
    },
  },
});
