/**
 * Writing rules the build enforces on every question page (CONTENT.md): a short answer that can be
 * said aloud in about 45 seconds, at least one primary source, no links to retired documentation
 * homes, and no promise of another page without a link to it. Pure: callers pass page text in.
 */
import { shortAnswerSection } from './practice/short-answer.ts';

export const SHORT_ANSWER_MIN_SENTENCES = 2;
export const SHORT_ANSWER_MAX_SENTENCES = 5;
export const SHORT_ANSWER_MAX_WORDS = 120;
/** The summary is shown on cards, in search results and as the meta description. */
export const SUMMARY_MIN_CHARS = 20;
export const SUMMARY_MAX_CHARS = 300;

/**
 * Hosts of primary references: standards bodies, the projects' own documentation and repositories,
 * language references and security guidance. A page must cite at least one.
 */
export const PRIMARY_SOURCE_HOSTS: readonly string[] = [
  'rfc-editor.org',
  'datatracker.ietf.org',
  'ietf.org',
  'iana.org',
  'w3.org',
  'whatwg.org',
  'ecma-international.org',
  'json-schema.org',
  'spec.openapis.org',
  'openapis.org',
  'learn.openapis.org',
  'asyncapi.com',
  'graphql.org',
  'spec.graphql.org',
  'grpc.io',
  'protobuf.dev',
  'fastapi.tiangolo.com',
  'starlette.dev',
  'pydantic.dev',
  'www.python-httpx.org',
  'docs.python.org',
  'peps.python.org',
  'packaging.python.org',
  'docs.sqlalchemy.org',
  'www.sqlalchemy.org',
  'uvicorn.dev',
  'pyjwt.readthedocs.io',
  'docs.celeryq.dev',
  'python-rq.org',
  'dramatiq.io',
  'arq-docs.helpmanual.io',
  'docs.pytest.org',
  'docs.locust.io',
  'k6.io',
  'grafana.com',
  'schemathesis.readthedocs.io',
  'docs.pact.io',
  'hypothesis.readthedocs.io',
  'respx.org',
  'opentelemetry.io',
  'prometheus.io',
  'kubernetes.io',
  'owasp.org',
  'cheatsheetseries.owasp.org',
  'pages.nist.gov',
  'csrc.nist.gov',
  'nvlpubs.nist.gov',
  'openid.net',
  'oauth.net',
  'developer.mozilla.org',
  'docs.djangoproject.com',
  'www.django-rest-framework.org',
  'django-ninja.dev',
  'flask.palletsprojects.com',
  'pyodide.org',
  'www.postgresql.org',
  'sqlite.org',
  'www.sqlite.org',
  'redis.io',
  'github.com',
  'www.rfc-editor.org',
];

/** Documentation homes that moved: a link to them is dead or stale. Each maps to its current home. */
export const RETIRED_SOURCE_HOSTS: Readonly<Record<string, string>> = {
  'www.starlette.io': 'starlette.dev',
  'starlette.io': 'starlette.dev',
  'tools.ietf.org': 'www.rfc-editor.org or datatracker.ietf.org',
  'pydantic-docs.helpmanual.io': 'pydantic.dev/docs/validation/latest',
  'docs.pydantic.dev': 'pydantic.dev/docs/validation/latest (api/<module>/ became api/pydantic/<module>/)',
  'www.uvicorn.org': 'uvicorn.dev',
  'uvicorn.org': 'uvicorn.dev',
};

/** Prose with links reduced to their text, emphasis dropped, and punctuation inside code spans neutralised. */
function guardedProse(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, (_, code: string) => `\`${code.replace(/[.!?]/g, '·')}\``)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*)(\S[^*]*?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown reduced to the words a reader says: code spans, links and emphasis become plain text. */
export function plainText(markdown: string): string {
  return guardedProse(markdown).replace(/`/g, '');
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|cf|approx|Dr|Mr|Ms|No|Fig|et al)\.(?=\s)/gi;

/** Sentences of plain prose: a full stop, question or exclamation mark, then a space or the end. */
export function sentences(text: string): string[] {
  const guarded = guardedProse(text).replace(ABBREVIATIONS, (m) => m.replaceAll('.', '·'));
  return guarded
    .split(/(?<=[.!?]["')\]`]*)\s+(?=["'(\[`]?[A-Za-z0-9`])/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

export function wordCount(text: string): number {
  return plainText(text).split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** The short answer must be 2–5 sentences and at most 120 words (45 seconds spoken). */
export function shortAnswerProblems(file: string, body: string): string[] {
  const section = shortAnswerSection(body);
  if (section === null) return [`${file}: rule "short answer": the page needs a "## Short answer" section with text in it.`];
  const count = sentences(section).length;
  const words = wordCount(section);
  const problems: string[] = [];
  if (count < SHORT_ANSWER_MIN_SENTENCES || count > SHORT_ANSWER_MAX_SENTENCES) {
    problems.push(
      `${file}: rule "short answer": ${count} sentence${count === 1 ? '' : 's'}; write ${SHORT_ANSWER_MIN_SENTENCES} to ${SHORT_ANSWER_MAX_SENTENCES}.`,
    );
  }
  if (words > SHORT_ANSWER_MAX_WORDS) {
    problems.push(`${file}: rule "short answer": ${words} words; the limit is ${SHORT_ANSWER_MAX_WORDS} (about 45 seconds aloud).`);
  }
  return problems;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const matchesHost = (host: string, listed: string) => host === listed || host.endsWith(`.${listed}`);

export function isPrimarySource(url: string): boolean {
  const host = hostOf(url);
  return host !== null && PRIMARY_SOURCE_HOSTS.some((listed) => matchesHost(host, listed));
}

/** At least one primary source, and none on a retired documentation host. */
export function sourceProblems(file: string, sources: readonly { title: string; url: string }[]): string[] {
  const problems: string[] = [];
  if (!sources.some((s) => isPrimarySource(s.url))) {
    problems.push(
      `${file}: rule "primary source": field "sources" needs at least one primary reference (an RFC, the library's own documentation, OWASP, ...); see PRIMARY_SOURCE_HOSTS in src/lib/editorial-rules.ts.`,
    );
  }
  for (const source of sources) {
    const host = hostOf(source.url);
    const retired = host === null ? undefined : Object.keys(RETIRED_SOURCE_HOSTS).find((h) => host === h);
    if (retired) {
      problems.push(`${file}: rule "retired documentation": ${source.url} is on ${retired}, which moved to ${RETIRED_SOURCE_HOSTS[retired]}.`);
    }
  }
  return problems;
}

/** Links in the body to retired documentation hosts, which the sources check cannot see. */
export function retiredLinkProblems(file: string, body: string): string[] {
  const problems: string[] = [];
  for (const match of body.matchAll(/https?:\/\/[^\s)"'>\]]+/g)) {
    const host = hostOf(match[0]);
    if (host && host in RETIRED_SOURCE_HOSTS) {
      problems.push(`${file}: rule "retired documentation": ${match[0]} is on ${host}, which moved to ${RETIRED_SOURCE_HOSTS[host]}.`);
    }
  }
  return problems;
}

/** Phrases that tell the reader another page answers something. */
const PROMISE = /\b(has its own (question|page)|(is |a )(question|page|topic) of its own|(is|are) covered (in|on|by)|(answered|discussed|explained|treated) (in|on) (its own|another|a separate|a later)|(its own|a separate|another) (question|page) (in|of) this guide)\b/i;

/**
 * A sentence that promises another page must link it (the link checker then proves the link
 * resolves). Code blocks and JSX are skipped.
 */
export function promiseProblems(file: string, body: string): string[] {
  const problems: string[] = [];
  const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/<[A-Z][^>]*\/>/g, '');
  for (const paragraph of prose.split(/\n\s*\n/)) {
    for (const sentence of paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const match = PROMISE.exec(sentence);
      if (match && !/\]\((\.\.\/|\.\/|#)/.test(sentence)) {
        problems.push(`${file}: rule "promised page": "${sentence.trim().slice(0, 140)}" promises another page (${match[0]}) but links none.`);
      }
    }
  }
  return problems;
}

/**
 * A table's header row names every column: an empty corner cell leaves screen-reader users a
 * column with no name (the HTML check over dist/ catches it too, but only after a build).
 */
export function tableHeaderProblems(file: string, body: string): string[] {
  const problems: string[] = [];
  const lines = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    if (!/^\s*\|/.test(line) || !/^\s*\|?\s*:?-{3,}/.test(next)) return;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|');
    if (cells.some((cell) => cell.trim() === '')) {
      problems.push(`${file}: rule "table header": the header row "${line.trim().slice(0, 60)}" has an empty cell; name every column (e.g. "Aspect").`);
    }
  });
  return problems;
}

/** The summary's length, which the schema also enforces; here so `lint:content` reports it before a build. */
export function summaryProblems(file: string, summary: unknown): string[] {
  if (typeof summary !== 'string') return [`${file}: field "summary" is missing.`];
  const n = summary.length;
  if (n < SUMMARY_MIN_CHARS || n > SUMMARY_MAX_CHARS) {
    return [`${file}: field "summary" has ${n} characters; write ${SUMMARY_MIN_CHARS} to ${SUMMARY_MAX_CHARS}.`];
  }
  return [];
}

/** Every editorial rule for one page: its body (frontmatter removed) and its `sources` field. */
export function editorialProblems(file: string, body: string, sources: readonly { title: string; url: string }[]): string[] {
  return [...shortAnswerProblems(file, body), ...sourceProblems(file, sources), ...retiredLinkProblems(file, body), ...promiseProblems(file, body), ...tableHeaderProblems(file, body)];
}
