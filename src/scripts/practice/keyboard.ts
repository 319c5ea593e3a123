/** Practice shortcuts: Space shows the answer, 1–4 rate it. Never while typing or in a dialog. */
import { RATINGS, type Rating } from '../../lib/practice/scheduler.ts';

function ignores(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return true;
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('dialog');
}

/** Controls that Space already activates; pressing Space on them must do just that. */
const activatesOnSpace = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && !!target.closest('button, a[href], summary, [role="button"]');

export function bindShortcuts(active: () => 'front' | 'back' | null, actions: { reveal: () => void; rate: (rating: Rating) => void }): void {
  document.addEventListener('keydown', (event) => {
    const side = active();
    if (!side || ignores(event)) return;
    if (event.key === ' ' && side === 'front' && !activatesOnSpace(event.target)) {
      event.preventDefault();
      actions.reveal();
      return;
    }
    const index = ['1', '2', '3', '4'].indexOf(event.key);
    if (index !== -1 && side === 'back') {
      event.preventDefault();
      actions.rate(RATINGS[index]!);
    }
  });
}
