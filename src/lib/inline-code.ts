/**
 * How a piece of inline code may break across lines. A short token (`uv run`, `Content-Type`,
 * `OAuth2PasswordBearer`) must stay on one line: broken at its space or hyphen it reads as two
 * things. A longer piece must be able to wrap, or it pushes a phone's page sideways; it breaks at
 * its spaces, and inside long identifiers after a dot, slash, comma, `=` or opening bracket
 * rather than at any letter.
 */

/** Up to this many characters a piece stays whole: it still fits a 360 px phone's line. */
export const TOKEN_MAX_CHARS = 28;

export type InlineCodeLayout = { nowrap: true } | { nowrap: false; pieces: string[] };

/** After these a long identifier may break (the character stays at the end of the line). */
const BREAK_AFTER = /[./,=([]/;

export function inlineCodeLayout(text: string): InlineCodeLayout {
  if ([...text].length <= TOKEN_MAX_CHARS) return { nowrap: true };
  const pieces: string[] = [];
  let current = '';
  const chars = [...text];
  chars.forEach((char, i) => {
    current += char;
    const next = chars[i + 1];
    // A break right before a space or at the very end would add nothing the space does not give.
    if (BREAK_AFTER.test(char) && next !== undefined && next !== ' ' && char !== next) {
      pieces.push(current);
      current = '';
    }
  });
  if (current) pieces.push(current);
  return { nowrap: false, pieces };
}
