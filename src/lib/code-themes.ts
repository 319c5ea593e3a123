/**
 * Shiki themes for every code block: GitHub's default light and dark themes, with the light
 * theme's comment grey darkened so comments meet WCAG AA contrast (4.5:1) on our code background.
 */
import githubLight from '@shikijs/themes/github-light-default';
import githubDark from '@shikijs/themes/github-dark-default';
import type { ThemeRegistration } from 'shiki';

const LIGHT_COMMENT = '#59636e';

function withCommentColor(theme: ThemeRegistration, color: string, name: string): ThemeRegistration {
  return {
    ...theme,
    name,
    tokenColors: (theme.tokenColors ?? []).map((rule) => {
      const scopes = Array.isArray(rule.scope) ? rule.scope : [rule.scope ?? ''];
      return scopes.some((scope) => scope.includes('comment')) ? { ...rule, settings: { ...rule.settings, foreground: color } } : rule;
    }),
  };
}

export const codeThemes = {
  light: withCommentColor(githubLight as ThemeRegistration, LIGHT_COMMENT, 'guide-light'),
  dark: githubDark as ThemeRegistration,
};
