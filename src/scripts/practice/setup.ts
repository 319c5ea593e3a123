/** The "Choose your cards" form: reads the reader's choice and keeps the counts beside it current. */
import type { Difficulty } from '../../lib/questions.ts';
import { countChoices, type DeckCard, type RoundChoice, type RoundMode, type Scope } from '../../lib/practice/session.ts';
import { plural } from '../../lib/practice/format.ts';
import type { Cards } from '../../lib/practice/progress.ts';
import { applyScopeParams, checkedValues, wireTopicButtons } from '../scope-form.ts';

export interface SetupForm {
  /** The current choice. */
  choice(): RoundChoice;
  /** Recounts due and new cards for the current choice, e.g. after a round or an import. */
  refresh(deck: readonly DeckCard[], cards: Cards): void;
  /** Shows a short message beside the Start button. */
  say(message: string): void;
}

function scopeOf(form: HTMLFormElement): Scope {
  return { topics: checkedValues(form, 'topic'), difficulties: checkedValues(form, 'difficulty') as Difficulty[] };
}

/** `?topic=http&mode=new&difficulty=junior`: links from topic hubs preset the form. */
function applyParams(form: HTMLFormElement, params: URLSearchParams): void {
  applyScopeParams(form, params);
  const mode = params.get('mode');
  const radio = form.querySelector<HTMLInputElement>(`input[name="mode"][value="${mode === 'new' ? 'new' : 'due'}"]`);
  if (radio && mode) radio.checked = true;
}

export function createSetupForm(form: HTMLFormElement, onStart: (choice: RoundChoice) => void): SetupForm {
  const status = form.querySelector<HTMLElement>('[data-setup-status]')!;
  const start = form.querySelector<HTMLButtonElement>('[data-start]')!;
  let latest: { deck: readonly DeckCard[]; cards: Cards } | null = null;

  const choice = (): RoundChoice => ({
    ...scopeOf(form),
    mode: (checkedValues(form, 'mode')[0] ?? 'due') as RoundMode,
    limit: Number(form.querySelector<HTMLSelectElement>('select[name="limit"]')!.value),
  });

  const recount = (): void => {
    if (!latest) return;
    const counts = countChoices(latest.deck, latest.cards, scopeOf(form), new Date());
    for (const mode of ['due', 'new'] as const) {
      form.querySelector(`[data-count="${mode}"]`)!.textContent = `(${counts[mode]})`;
    }
    const { mode, limit } = choice();
    const inRound = limit > 0 ? Math.min(limit, counts[mode]) : counts[mode];
    status.textContent = inRound > 0 ? `${plural(inRound, 'card')} in this round.` : 'No cards match this choice.';
  };

  applyParams(form, new URLSearchParams(location.search));
  form.addEventListener('change', recount);
  wireTopicButtons(form, recount);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (latest) onStart(choice());
  });

  return {
    choice,
    refresh(deck, cards) {
      latest = { deck, cards };
      start.disabled = false;
      recount();
    },
    say(message) {
      status.textContent = message;
    },
  };
}

/** When nothing is due in the chosen scope, start with new cards instead (before the reader acts). */
export function preferNewWhenNothingDue(form: HTMLFormElement, deck: readonly DeckCard[], cards: Cards): void {
  if (new URLSearchParams(location.search).has('mode')) return;
  const counts = countChoices(deck, cards, scopeOf(form), new Date());
  if (counts.due === 0 && counts.new > 0) form.querySelector<HTMLInputElement>('input[name="mode"][value="new"]')!.checked = true;
}
