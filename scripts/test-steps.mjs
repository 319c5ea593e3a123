// Runs the steps of `npm test` (as package.json lists them) one by one and times each: wall-clock
// seconds, and on Linux the CPU seconds the step's processes used, which a busy machine inflates
// less. Prints a table and writes bench-results/test-steps.json with the page and sample counts, so
// growth per page shows. Stops at the first failing step, as `npm test` does.
// Usage: node scripts/test-steps.mjs   (npm run bench runs it too)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const steps = scripts.test.split('&&').map((command) => command.trim());

/** CPU seconds used by this process's finished children (Linux /proc), or undefined elsewhere. */
function childCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const ticksPerSecond = 100; // USER_HZ, 100 on every mainstream Linux
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond; // cutime + cstime
}

const questionsDir = join(root, 'content', 'questions');
const slugs = readdirSync(questionsDir).filter((slug) => existsSync(join(questionsDir, slug, 'index.mdx')));
const samples = slugs.flatMap((slug) => readdirSync(join(questionsDir, slug)).filter((file) => file.endsWith('.py')));
const report = { date: new Date().toISOString(), questions: slugs.length, samples: samples.length, steps: [] };

let failed = false;
for (const command of steps) {
  console.log(`\n=== ${command}`);
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const result = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true });
  const step = {
    command,
    seconds: (performance.now() - started) / 1000,
    ok: result.status === 0,
    ...(cpuBefore === undefined ? {} : { cpuSeconds: childCpuSeconds() - cpuBefore }),
  };
  report.steps.push(step);
  if (!step.ok) {
    failed = true;
    break;
  }
}
report.totalSeconds = report.steps.reduce((sum, step) => sum + step.seconds, 0);

const fmt = (seconds) => (seconds === undefined ? '' : seconds.toFixed(1).padStart(7));
console.log(`\nnpm test, step by step (${report.questions} questions, ${report.samples} samples):`);
console.log(`${'step'.padEnd(34)}${'wall s'.padStart(7)}${'CPU s'.padStart(7)}`);
for (const step of report.steps) console.log(`${step.command.replace(/^npm run /, '').padEnd(34)}${fmt(step.seconds)}${fmt(step.cpuSeconds)}${step.ok ? '' : '  FAILED'}`);
console.log(`${'total'.padEnd(34)}${fmt(report.totalSeconds)}`);

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/test-steps.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote bench-results/test-steps.json');
process.exit(failed ? 1 : 0);
