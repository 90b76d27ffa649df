// npm run mutate [-- --mutate 'src/align/**/*.ts' --concurrency 1]: runs StrykerJS with the
// project's configuration (and any options given), then prints the score of each folder.
import { spawnSync } from 'node:child_process';

// the package exports no path to its command; it is where npm links it
const stryker = 'node_modules/@stryker-mutator/core/bin/stryker.js';
const run = spawnSync(process.execPath, [stryker, 'run', 'tests/mutation/stryker.config.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const scores = spawnSync(process.execPath, ['tests/mutation/scores.mjs'], { stdio: 'inherit' });
process.exit(scores.status ?? 1);
