/**
 * A sample marked `localOnly` must fail in the browser's runtime for the reason its tag gives, so
 * the mark cannot go stale. A reason names what the browser lacks in words from this table; the
 * failure's last line (the exception) must then show that lack. Pure.
 */

export interface BrowserLimit {
  /** What the in-browser Python lacks, as readers and reasons call it. */
  name: string;
  /** How a reason names it. */
  inReason: RegExp;
  /** How the exception that ends the failed run shows it. */
  inError: RegExp;
}

export const BROWSER_LIMITS: readonly BrowserLimit[] = [
  { name: 'threads', inReason: /\bthreads?\b/i, inError: /\bthreads?\b/i },
  { name: 'processes', inReason: /\bprocess(es| pool)\b|\bmultiprocessing\b/i, inError: /\bmultiprocessing\b|\bprocess(es)?\b/i },
  { name: 'hashlib.scrypt', inReason: /\bscrypt\b|\bpbkdf2_hmac\b/, inError: /\bhashlib\b.*\b(scrypt|pbkdf2_hmac)\b/ },
  { name: 'files beside the sample', inReason: /\bfrom the same folder\b|\bbeside (it|the sample)\b/i, inError: /^ModuleNotFoundError: No module named '\w+'/m },
  { name: 'ssl connections', inReason: /\bssl\b/i, inError: /^NotImplementedError: SSL is not supported\b/m },
  { name: 'tzdata', inReason: /\btzdata\b|\btime zone database\b/i, inError: /\bZoneInfoNotFoundError\b/ },
];

export interface RunResult {
  ok?: boolean;
  stdout?: string;
  stderr?: string;
  timedOut?: boolean;
}

/** The last non-empty line a failed run wrote to stderr: the exception, as Python prints it. */
export function finalErrorLine(stderr: string): string {
  return stderr.trimEnd().split('\n').pop()?.trim() ?? '';
}

/**
 * The exception that ended a failed run, with any notes Python printed after it: from the last
 * line that starts like `SomeError:` (no indentation) to the end.
 */
export function finalError(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b/.test(lines[i]!)) return lines.slice(i).join('\n').trim();
  }
  return finalErrorLine(stderr);
}

/** Why this local-only mark is stale or unexplained, or undefined when the run failed as its reason says. */
export function localOnlyProblem(reason: string, result: RunResult): string | undefined {
  const named = BROWSER_LIMITS.filter((limit) => limit.inReason.test(reason));
  if (named.length === 0) {
    return `its localOnly reason names none of the limits the suite knows (${BROWSER_LIMITS.map((l) => l.name).join(', ')}): name what the browser lacks, or add the limit to BROWSER_LIMITS in src/lib/local-only.ts`;
  }
  if (result.timedOut) return 'it ran past the time limit instead of failing for its reason';
  if (result.ok) return 'it runs in the browser\'s Python without an error: remove localOnly, or make the sample assert what the browser gets wrong';
  const error = finalError(result.stderr ?? '');
  if (named.some((limit) => limit.inError.test(error))) return undefined;
  return `it fails with "${error.split('\n')[0]}", which its reason (${named.map((l) => l.name).join(', ')}) does not explain`;
}
