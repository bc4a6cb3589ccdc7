/**
 * Runs npm scripts in lanes side by side: `tsx scripts/parallel.ts a,b c` runs `a` then `b` in
 * one lane while `c` runs in another. Most steps of `npm test` keep one core busy (ESLint, tsc,
 * Prettier) or about one and a half (the build), so on a two-core machine two or three lanes
 * finish sooner than the same steps one after another.
 *
 * Each lane's output is kept and printed whole when the lane ends, so that lanes do not
 * interleave their lines. A lane stops at its first failing step; the other lanes run to their
 * end, so that one run reports every failure. The exit code is 1 if any step failed, and the
 * last lines list every step with its result and time.
 */
import { spawn } from 'node:child_process';

interface Step {
  script: string;
  /** Exit code, or null when the lane stopped before this step. */
  code: number | null;
  seconds: number;
}

const lanes = process.argv.slice(2).map((lane) => lane.split(',').filter(Boolean));
if (lanes.length === 0 || lanes.some((lane) => lane.length === 0)) {
  console.error('usage: tsx scripts/parallel.ts <script>[,<script>…] [<script>[,<script>…] …]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runScript(script: string, output: Buffer[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function runLane(scripts: readonly string[]): Promise<Step[]> {
  const output: Buffer[] = [];
  const steps: Step[] = [];
  let failed = false;
  for (const script of scripts) {
    if (failed) {
      steps.push({ script, code: null, seconds: 0 });
      continue;
    }
    const start = performance.now();
    const code = await runScript(script, output);
    steps.push({ script, code, seconds: (performance.now() - start) / 1000 });
    failed = code !== 0;
  }
  const status = failed ? 'FAILED' : 'ok';
  process.stdout.write(`\n━━━ ${scripts.join(' → ')}: ${status} ━━━\n`);
  process.stdout.write(Buffer.concat(output));
  return steps;
}

async function main(): Promise<number> {
  const started = performance.now();
  console.log(`Running side by side: ${lanes.map((lane) => lane.join(' → ')).join(' | ')}`);
  const results = (await Promise.all(lanes.map(runLane))).flat();
  const total = ((performance.now() - started) / 1000).toFixed(1);
  const result = (s: Step) =>
    s.code === 0 ? 'ok     ' : s.code === null ? 'skipped' : `FAILED (exit ${s.code})`;
  const time = (s: Step) => (s.code === null ? '' : ` (${s.seconds.toFixed(1)} s)`);
  console.log(
    `\n━━━ Summary (${total} s) ━━━\n${results.map((s) => `  ${result(s)}  ${s.script}${time(s)}`).join('\n')}`,
  );
  const failures = results.filter((s) => s.code !== 0 && s.code !== null);
  if (failures.length === 0) return 0;
  console.error(`\nFailed: ${failures.map((s) => s.script).join(', ')} (output above)`);
  return 1;
}

// Not top-level await: tsx runs this file as CommonJS (package.json has no "type").
void main().then((code) => {
  process.exitCode = code;
});
