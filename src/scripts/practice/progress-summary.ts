/**
 * Per-topic progress on the home page and topic hubs. Nothing is fetched or shown for a reader
 * with no progress; otherwise the slug → topic map is fetched and the rows with progress appear.
 * The section sits after the page's main content, so showing it never moves what is above.
 */
import { progressByTopic } from '../../lib/practice/progress.ts';
import { loadNow, showStorageMessage, takeStorageMessage } from './store.ts';

async function topicMap(url: string): Promise<Record<string, string> | null> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as Record<string, string>) : null;
  } catch {
    return null; // offline or blocked: the summary simply stays hidden
  }
}

async function fill(section: HTMLElement, message: string | null): Promise<void> {
  if (message) {
    showStorageMessage(section.querySelector<HTMLElement>('[data-progress-notice]')!, message);
    section.hidden = false;
  }
  const { cards } = loadNow();
  if (Object.keys(cards).length === 0) return;
  const topicOf = await topicMap(section.dataset.mapUrl!);
  if (!topicOf) return;
  const totals = progressByTopic(cards, topicOf, new Date());
  let shown = 0;
  for (const row of section.querySelectorAll<HTMLElement>('tr[data-topic]')) {
    const progress = totals.get(row.dataset.topic!);
    row.hidden = !progress;
    if (!progress) continue;
    row.querySelector('[data-seen]')!.textContent = `${progress.seen} of ${row.dataset.total}`;
    row.querySelector('[data-due]')!.textContent = String(progress.due);
    row.querySelector('[data-mastered]')!.textContent = String(progress.mastered);
    shown++;
  }
  if (shown === 0) return;
  section.querySelector<HTMLElement>('[data-progress-body]')!.hidden = false;
  section.hidden = false;
}

export async function initProgressSummaries(): Promise<void> {
  const sections = document.querySelectorAll<HTMLElement>('[data-progress-summary]');
  if (sections.length === 0) return;
  const message = takeStorageMessage(loadNow(), false);
  await Promise.all([...sections].map((section) => fill(section, message)));
}
