/** Light/dark toggle: follows the system until the reader chooses, then remembers the choice. */

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function reflect(button: HTMLButtonElement): void {
  button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    reflect(button);
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Storage can be disabled; the toggle still works for this page view.
      }
      reflect(button);
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => reflect(button));
  }
}
