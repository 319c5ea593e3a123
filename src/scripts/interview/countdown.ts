/** The answer clock: counts down, can pause, and reports a few cues for screen readers. */
import { formatClock, timeCue } from '../../lib/interview/session.ts';

export interface Countdown {
  /** Starts a fresh count of `seconds` (null: no limit, the clock is hidden). */
  start(seconds: number | null): void;
  stop(): void;
  togglePause(): void;
}

export function createCountdown(box: HTMLElement, announce: (message: string) => void): Countdown {
  const clock = box.querySelector<HTMLElement>('[data-clock]')!;
  const label = box.querySelector<HTMLElement>('[data-timer-label]')!;
  const pause = box.querySelector<HTMLButtonElement>('[data-pause]')!;
  let total = 0;
  let remaining = 0;
  let lastTick = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;

  const render = (): void => {
    clock.textContent = formatClock(remaining);
    box.classList.toggle('is-low', remaining > 0 && remaining <= 10);
    box.classList.toggle('is-up', remaining <= 0);
    label.textContent = remaining <= 0 ? 'Time is up' : stopped ? 'Stopped with' : timer === undefined ? 'Paused' : 'Time left';
  };

  const tick = (): void => {
    const now = performance.now();
    const before = remaining;
    remaining = Math.max(0, remaining - (now - lastTick) / 1000);
    lastTick = now;
    const cue = timeCue(before, remaining, total);
    if (cue) announce(cue);
    if (remaining <= 0) halt();
    render();
  };

  function halt(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }

  function run(): void {
    lastTick = performance.now();
    timer = setInterval(tick, 250);
  }

  pause.addEventListener('click', () => countdown.togglePause());

  const countdown: Countdown = {
    start(seconds) {
      halt();
      box.hidden = seconds === null;
      if (seconds === null) return;
      total = remaining = seconds;
      stopped = false;
      pause.hidden = false;
      pause.textContent = 'Pause';
      run();
      render();
    },
    stop() {
      halt();
      stopped = true;
      pause.hidden = true;
      render();
    },
    togglePause() {
      if (remaining <= 0 || stopped) return;
      if (timer === undefined) {
        run();
        pause.textContent = 'Pause';
        announce('Clock running.');
      } else {
        halt();
        pause.textContent = 'Resume';
        announce(`Clock paused with ${formatClock(remaining)} left.`);
      }
      render();
    },
  };
  return countdown;
}
