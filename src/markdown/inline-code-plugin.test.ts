import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml, mdxToJs } from 'satteri';
import { inlineCodeBreaks } from './inline-code-plugin.ts';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [inlineCodeBreaks] }).html;

test('short inline code is marked to stay on one line', () => {
  assert.match(render('Send `Content-Type` and run `uv run a.py`.'), /<code class="code-token">Content-Type<\/code>.*<code class="code-token">uv run a\.py<\/code>/);
});

test('long inline code gets break points after dots and brackets, its text unchanged', () => {
  const html = render('Set `anyio.to_thread.current_default_thread_limiter().total_tokens` first.');
  assert.match(html, /<code>anyio\.<wbr>to_thread\.<wbr>current_default_thread_limiter\(<wbr>\)\.<wbr>total_tokens<\/code>/);
});

test('code blocks are left alone', () => {
  const html = render('```python\nvery_long_name.attribute_access.another_one.and_more = 1\n```\n\n```\nx\n```');
  assert.doesNotMatch(html, /wbr|code-token/);
});

test('it works the same in MDX, which the question pages are', () => {
  const { code } = mdxToJs('Use `uv run x.py` or `anyio.to_thread.current_default_thread_limiter().total_tokens`.', { hastPlugins: [inlineCodeBreaks] });
  assert.match(code, /className: "code-token"/);
  assert.match(code, /_components\.wbr/);
});
