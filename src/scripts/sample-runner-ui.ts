/**
 * Run, Stop, Edit and Reset on each browser-runnable sample. The Python runtime (Pyodide) is
 * loaded by the first Run only; nothing of it is requested before.
 */
import { matchesRecorded } from '../lib/run-output.ts';
import { downloadProgress } from '../lib/download-status.ts';

const sources = new Map<string, Promise<string>>();

function originalSource(figure: HTMLElement): Promise<string> {
  const url = figure.dataset.download!;
  if (!sources.has(url)) {
    sources.set(url, fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`could not load ${url}`)))));
  }
  return sources.get(url)!;
}

function button(figure: HTMLElement, name: string): HTMLButtonElement {
  return figure.querySelector<HTMLButtonElement>(`[data-${name}]`)!;
}

function editorKeys(event: KeyboardEvent, state: { escaped: boolean }): void {
  const area = event.currentTarget as HTMLTextAreaElement;
  if (event.key === 'Escape') {
    state.escaped = true; // the next Tab leaves the editor, as a keyboard user expects
    return;
  }
  if (event.key !== 'Tab' || state.escaped || event.shiftKey) {
    state.escaped = false;
    return;
  }
  event.preventDefault();
  area.setRangeText('    ', area.selectionStart, area.selectionEnd, 'end');
}

async function startEditing(figure: HTMLElement): Promise<HTMLTextAreaElement> {
  const existing = figure.querySelector<HTMLTextAreaElement>('textarea[data-editor]');
  if (existing) return existing;
  const source = await originalSource(figure);
  const area = document.createElement('textarea');
  area.dataset.editor = '';
  area.className = 'sample-editor';
  area.spellcheck = false;
  area.value = source;
  area.rows = Math.min(30, source.split('\n').length + 1);
  area.setAttribute('aria-label', `Edit ${figure.dataset.sample}`);
  const keyState = { escaped: false };
  area.addEventListener('keydown', (event) => editorKeys(event, keyState));
  const code = figure.querySelector<HTMLElement>('.sample-code')!;
  code.hidden = true;
  code.after(area);
  button(figure, 'edit').hidden = true;
  button(figure, 'reset').hidden = false;
  figure.querySelector<HTMLElement>('.sample-edit-hint')!.hidden = false;
  // Start where the file starts: setting the value leaves the caret (and the scroll) at the end.
  area.setSelectionRange(0, 0);
  area.scrollTop = 0;
  area.focus({ preventScroll: true });
  return area;
}

/** Hides the last run's output and verdict: they described code that is no longer on screen. */
function clearRun(figure: HTMLElement): void {
  const panel = figure.querySelector<HTMLElement>('.sample-run')!;
  panel.hidden = true;
  panel.querySelector('[data-run-output]')!.replaceChildren();
  const status = panel.querySelector<HTMLElement>('[data-run-status]')!;
  status.textContent = '';
  delete status.dataset.verdict;
}

function stopEditing(figure: HTMLElement): void {
  clearRun(figure);
  figure.querySelector('textarea[data-editor]')?.remove();
  figure.querySelector<HTMLElement>('.sample-code')!.hidden = false;
  figure.querySelector<HTMLElement>('.sample-edit-hint')!.hidden = true;
  button(figure, 'edit').hidden = false;
  button(figure, 'reset').hidden = true;
  button(figure, 'edit').focus();
}

function setRunning(running: boolean, active?: HTMLElement): void {
  for (const figure of document.querySelectorAll<HTMLElement>('.sample[data-runnable]')) {
    button(figure, 'run').disabled = running;
    button(figure, 'reset').disabled = running;
    button(figure, 'stop').hidden = !(running && figure === active);
  }
}

/**
 * The line under a sample's toolbar, beside its Run button, that shows Python loading: what is
 * happening, and on a first run how much is downloaded of how much.
 */
function loadingLine(figure: HTMLElement) {
  let line = figure.querySelector<HTMLElement>('.sample-loading');
  if (!line) {
    line = document.createElement('p');
    line.className = 'sample-loading';
    line.innerHTML = '<span role="status" data-loading-step></span> <progress aria-label="Download"></progress> <span data-loading-bytes></span>';
    figure.querySelector('.sample-bar')!.after(line);
  }
  const step = line.querySelector<HTMLElement>('[data-loading-step]')!;
  const bar = line.querySelector('progress')!;
  const bytes = line.querySelector<HTMLElement>('[data-loading-bytes]')!;
  const total = Number(figure.dataset.firstRunBytes);
  let firstRun = false;
  const show = (text: string) => {
    line.hidden = false;
    step.textContent = text;
  };
  bar.hidden = bytes.hidden = line.hidden = true;
  return {
    loading() {
      firstRun = true;
      show('Loading Python…');
    },
    step: show,
    progress(loaded: number) {
      if (!firstRun) return;
      bar.hidden = bytes.hidden = false;
      if (loaded <= total) Object.assign(bar, { max: total, value: loaded });
      else bar.removeAttribute('value');
      bytes.textContent = downloadProgress(loaded, total);
    },
    hide: () => (line.hidden = true),
  };
}

const VERDICTS: Record<string, string> = {
  error: 'Python raised an error (shown above).',
  stopped: 'Stopped. The next run starts a fresh Python.',
  timeout: 'Stopped after 10 seconds: the program was still running. The next run starts a fresh Python.',
  'output-limit': 'Stopped: the program printed more than 100 kB, so the rest is not shown. The next run starts a fresh Python.',
};

async function run(figure: HTMLElement): Promise<void> {
  const panel = figure.querySelector<HTMLElement>('.sample-run')!;
  const status = panel.querySelector<HTMLElement>('[data-run-status]')!;
  const pre = panel.querySelector<HTMLElement>('[data-run-output]')!;
  const editor = figure.querySelector<HTMLTextAreaElement>('textarea[data-editor]');
  const loading = loadingLine(figure);
  panel.hidden = false;
  pre.replaceChildren();
  delete status.dataset.verdict; // the last run's colour must not tint this one
  status.textContent = 'Starting…';
  setRunning(true, figure);
  try {
    const code = editor ? editor.value : await originalSource(figure);
    const edited = !!editor && editor.value !== (await originalSource(figure));
    const { runPython } = await import('../runner/client.ts');
    const { outcome, output } = await runPython(code, figure.dataset.sample!, {
      onLoading: () => loading.loading(),
      onProgress: (bytes) => loading.progress(bytes),
      onStatus: (text) => loading.step(text),
      onStarted: () => {
        loading.hide();
        status.textContent = 'Running…';
      },
      onOutput: (stream, text) => {
        const last = pre.lastElementChild as HTMLElement | null;
        if (last?.dataset.stream === stream) last.append(text);
        else {
          const span = document.createElement('span');
          span.dataset.stream = stream;
          span.className = stream === 'stderr' ? 'stderr' : '';
          span.textContent = text;
          pre.append(span);
        }
      },
    });
    if (outcome === 'finished') {
      const recorded = figure.querySelector('.sample-output pre')?.textContent ?? '';
      const same = matchesRecorded(output.stdout, recorded);
      // A deliberate edit is expected to change the output: that is news, not an error.
      status.dataset.verdict = same ? 'match' : edited ? 'edited' : 'differ';
      status.textContent = same
        ? 'Finished. This run printed exactly the recorded output.'
        : `Finished. This run's output differs from the recorded output${edited ? ' (you edited the code)' : ''}.`;
    } else {
      status.dataset.verdict = outcome;
      status.textContent = VERDICTS[outcome] ?? 'Stopped.';
    }
    if (output.chunks.length === 0) pre.textContent = '(no output)';
  } catch (error) {
    status.textContent = `Could not run the sample: ${(error as Error).message}`;
  } finally {
    loading.hide();
    setRunning(false);
  }
}

export function initSampleRunners(): void {
  if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') return;
  for (const figure of document.querySelectorAll<HTMLElement>('.sample[data-runnable]')) {
    for (const name of ['run', 'edit']) button(figure, name).hidden = false;
    button(figure, 'run').addEventListener('click', () => void run(figure));
    button(figure, 'stop').addEventListener('click', async () => (await import('../runner/client.ts')).stopRun());
    button(figure, 'edit').addEventListener('click', () => void startEditing(figure));
    button(figure, 'reset').addEventListener('click', () => stopEditing(figure));
  }
}
