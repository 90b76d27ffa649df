// npm run bench [-- --baseline DIR | --whole]: the engine and whole-command benchmark
// (src/bench/main.ts, which takes the arguments), then the server under load and the browser app.
// A script of its own because npm hands a script's arguments to its last command only.
import { spawnSync } from 'node:child_process';

const steps = [
  ['src/bench/main.ts', ...process.argv.slice(2)],
  ['src/bench/server-load.ts'],
  ['src/bench/app.ts'],
];
const whole = process.argv.includes('--whole');
for (const [script, ...args] of whole ? steps.slice(0, 1) : steps) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
