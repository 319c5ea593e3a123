/**
 * The mock interview page: loads the questions once (after that it needs no network), runs an
 * interview, saves it to the history when it ends and shows the report.
 */
import { pickFollowUp, pickQuestions, type InterviewQuestion } from '../../lib/interview/session.ts';
import type { InterviewAnswer, InterviewRecord } from '../../lib/interview/history.ts';
import { INTERVIEWS, addInterviewToPractice, loadInterviews, recordInterview } from '../../lib/interview/store.ts';
import { RATING_LABELS, type Rating } from '../../lib/practice/scheduler.ts';
import { plural } from '../../lib/practice/format.ts';
import { describeDuration } from '../../lib/interview/session.ts';
import { practiceStorage, showStorageMessage, takeStoredMessage, type StoredWords } from '../practice/store.ts';
import { createCountdown } from './countdown.ts';
import { createInterviewSetup, type SetupChoice } from './setup.ts';
import { createStage } from './stage.ts';
import { renderReport, reportAnnouncement } from './report.ts';

type View = 'setup' | 'stage' | 'report';

const WORDS: StoredWords = { data: 'interview history', entry: 'interview', writes: 'new interviews', fresh: 'The history starts fresh.', blockedHint: '' };

async function loadQuestions(url: string): Promise<InterviewQuestion[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const data = (await response.json()) as { questions?: unknown };
  if (!Array.isArray(data.questions)) throw new Error(`${url} has no questions`);
  return data.questions as InterviewQuestion[];
}

export async function initInterviewPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-interview]');
  if (!root) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const announcer = $('[data-announcer]');
  const announce = (message: string): void => {
    // Clearing first makes a repeated message ("Time is up.") be read again.
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = message));
  };
  const views = new Map([...root.querySelectorAll<HTMLElement>('[data-view]')].map((el) => [el.dataset.view as View, el]));
  const showView = (view: View): void => {
    for (const [name, element] of views) element.hidden = name !== view;
  };
  const topicNames = new Map([...root.querySelectorAll<HTMLInputElement>('input[name="topic"]')].map((input) => [input.value, input.dataset.topicName ?? input.value]));

  const loaded = loadInterviews(practiceStorage(), new Date());
  const message = takeStoredMessage(loaded, INTERVIEWS, WORDS, true);
  if (message) showStorageMessage($('[data-interview-notice]'), message);

  let bySlug = new Map<string, InterviewQuestion>();
  let queue: InterviewQuestion[] = [];
  let answers: InterviewAnswer[] = [];
  let choice: SetupChoice | null = null;
  let startedAt = new Date();
  let finished: InterviewRecord | null = null;

  const setup = createInterviewSetup($('[data-view="setup"]'), (picked) => {
    choice = picked;
    queue = pickQuestions([...bySlug.values()], picked, Math.random);
    if (queue.length === 0) {
      setup.say('No questions match: choose at least one topic and difficulty.');
      return;
    }
    answers = [];
    startedAt = new Date();
    showView('stage');
    askCurrent();
  });
  setup.showHistory(loaded.value);

  const countdown = createCountdown($('[data-timer]'), announce);
  const current = (): InterviewQuestion => queue[answers.length]!;

  function askCurrent(): void {
    const question = current();
    stage.ask(question, { number: answers.length + 1, total: queue.length });
    countdown.start(choice!.secondsPerAnswer);
    const time = choice!.secondsPerAnswer === null ? 'No time limit.' : `You have ${describeDuration(choice!.secondsPerAnswer)}.`;
    announce(`Question ${answers.length + 1} of ${queue.length}. ${question.title} ${time}`);
  }

  function finish(): void {
    countdown.stop();
    if (answers.length === 0) {
      showView('setup');
      setup.say('The interview ended before any answer was graded, so nothing was saved.');
      $('#interview-setup-heading').focus();
      return;
    }
    finished = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), secondsPerAnswer: choice!.secondsPerAnswer, answers, addedToPractice: false };
    const { value, saved } = recordInterview(practiceStorage(), finished, new Date());
    setup.showHistory(value);
    renderReport($('[data-view="report"]'), finished, bySlug, topicNames);
    $('[data-practice-status]').textContent = saved ? '' : 'This interview could not be saved in the history: the browser refused to store it.';
    showView('report');
    $('#report-heading').focus();
    announce(reportAnnouncement(finished));
  }

  const stage = createStage($('[data-view="stage"]'), topicNames, {
    onReveal() {
      countdown.stop();
      stage.review();
      announce('Answer shown. Tick the points you covered, then grade your answer.');
    },
    onGrade(rating: Rating) {
      if (stage.phase() !== 'review') return;
      const question = current();
      answers = [...answers, { slug: question.slug, rating, ...stage.coverage() }];
      const followUp = pickFollowUp(question.followUps, Math.random);
      const isLast = answers.length === queue.length;
      if (!followUp) {
        if (isLast) finish();
        else askCurrent();
        return;
      }
      stage.followUp(followUp, followUp.answeredBy ? bySlug.get(followUp.answeredBy) : undefined, isLast);
      countdown.start(choice!.secondsPerAnswer);
      announce(`Graded ${RATING_LABELS[rating]}. The interviewer follows up: ${$('[data-followup]').textContent}`);
    },
    onNext() {
      if (answers.length === queue.length) finish();
      else askCurrent();
    },
    onEnd: finish,
  });

  $('[data-add-to-practice]').addEventListener('click', () => {
    if (!finished) return;
    const { added, saved } = addInterviewToPractice(practiceStorage(), finished.startedAt, new Date());
    const status = $('[data-practice-status]');
    if (!saved) {
      status.textContent = 'Nothing was added: the browser refused to store practice progress.';
      return;
    }
    finished = { ...finished, addedToPractice: true };
    $<HTMLButtonElement>('[data-add-to-practice]').disabled = true;
    status.textContent = added > 0 ? `Added ${plural(added, 'grade')} to your practice schedule.` : 'These grades are in your practice schedule.';
  });

  $('[data-again]').addEventListener('click', () => {
    showView('setup');
    $('#interview-setup-heading').focus();
  });

  setup.say('Loading the questions…');
  try {
    const questions = await loadQuestions(root.dataset.questionsUrl!);
    bySlug = new Map(questions.map((q) => [q.slug, q]));
    setup.ready(questions);
  } catch {
    setup.say('The questions could not be loaded. Check your connection and reload the page.');
  }
}
