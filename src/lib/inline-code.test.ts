import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_MAX_CHARS, inlineCodeLayout } from './inline-code.ts';

test('short pieces stay whole, spaces and hyphens included', () => {
  for (const text of ['uv run', 'Content-Type', 'Authorization: Bearer', 'OAuth2PasswordRequestForm', 'x'.repeat(TOKEN_MAX_CHARS)]) {
    assert.deepEqual(inlineCodeLayout(text), { nowrap: true }, text);
  }
});

test('a long identifier may break after dots and brackets, not inside names', () => {
  assert.deepEqual(inlineCodeLayout('anyio.to_thread.current_default_thread_limiter().total_tokens'), {
    nowrap: false,
    pieces: ['anyio.', 'to_thread.', 'current_default_thread_limiter(', ').', 'total_tokens'],
  });
});

test('break points never duplicate a space, nor end the text', () => {
  const layout = inlineCodeLayout('httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")');
  assert.equal(layout.nowrap, false);
  if (layout.nowrap) return;
  assert.equal(layout.pieces.join(''), 'httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")');
  assert.ok(!layout.pieces.some((piece) => piece.startsWith(' ')), 'a piece that starts with a space means a break was put before one');
  assert.ok(layout.pieces.includes('app), base_url='), 'the comma before a space is left to the space');
  assert.ok(layout.pieces.includes('"http://'), 'no break between the two slashes of //');
});

test('long text with no break points is one piece, free to wrap at its spaces', () => {
  assert.deepEqual(inlineCodeLayout('ORDER BY created_at DESC LIMIT 20 OFFSET 40'), { nowrap: false, pieces: ['ORDER BY created_at DESC LIMIT 20 OFFSET 40'] });
});
