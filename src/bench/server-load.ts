import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deepXmlDocx, flateBombPdf, hugeListStartDocx, zip64CountBomb } from '../../tests/support/hostile-files.js';
import { generateAgreementPair } from './generate.js';

/**
 * npm run bench:server — the server kept answering under load: four 4,000-clause compares and
 * four hostile files (a giant list start, a zip claiming four billion entries, XML nested
 * 35,000 deep, a PDF Flate bomb) sent at once, while a tiny request (a two-clause compare) goes
 * every 20 ms from a separate process. Prints the tiny requests' latency (median, p99, worst)
 * against the same requests on an idle server, and the server's memory before, at its peak and
 * after. Needs the build. The load comes from this machine, so it competes for the processor
 * with the server: on two cores, that contention is most of what the tiny requests wait for.
 */
const port = 8797;
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['dist/server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });

/** Resident memory of the server process, in MB (Linux: /proc). */
function serverRssMb(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function ready(): Promise<void> {
  for (let k = 0; k < 200; k++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not start');
}

function post(route: string, body: unknown): Promise<Response> {
  return fetch(`${base}/api/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Tiny compares every 20 ms from a process of its own (prober.ts) while `work` runs. */
async function probeDuring(work: () => Promise<void>): Promise<number[]> {
  const prober = spawn(process.execPath, ['--import', 'tsx', 'src/bench/prober.ts', base], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  prober.stdout.setEncoding('utf8');
  const started = new Promise<void>((resolve) => prober.stdout.on('data', (chunk: string) => (out += chunk).includes('ready\n') && resolve()));
  const exited = new Promise((resolve) => prober.on('exit', resolve));
  await started;
  await work();
  prober.kill('SIGINT');
  await exited;
  return JSON.parse(out.slice(out.indexOf('ready\n') + 6).trim()) as number[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1)! };
};
const fmt = (s: ReturnType<typeof summary>) => `median ${s.p50.toFixed(1)} ms · p99 ${s.p99.toFixed(1)} ms · worst ${s.max.toFixed(1)} ms (${s.n} requests)`;


try {
  await ready();
  // the idle figure: the same probe, nothing else running
  const idle = await probeDuring(() => new Promise((resolve) => setTimeout(resolve, 2000)));
  const before = serverRssMb();

  const pair = generateAgreementPair({ clauses: 4000 });
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  const hostile: [string, Uint8Array][] = [
    ['start.docx', hugeListStartDocx()],
    ['count.docx', zip64CountBomb()],
    ['deep.docx', deepXmlDocx(35_000)],
    ['bomb.pdf', flateBombPdf(300)],
  ];
  const compareBody = { old: { name: 'old.txt', text: pair.old }, new: { name: 'new.txt', text: pair.new }, format: 'json' };
  let peak = before;
  const sampling = setInterval(() => (peak = Math.max(peak, serverRssMb())), 50);
  let answers: { status: number }[] = [];
  let heavyMs = 0;
  const loaded = await probeDuring(async () => {
    const started = performance.now();
    answers = await Promise.all(
      [...[1, 2, 3, 4].map(() => post('compare', compareBody)), ...hostile.map(([name, bytes]) => post('import', { file: { name, base64: b64(bytes) } }))].map((request) =>
        request.then(async (r) => ({ status: r.status, length: (await r.arrayBuffer()).byteLength })),
      ),
    );
    heavyMs = performance.now() - started;
  });
  clearInterval(sampling);
  await new Promise((r) => setTimeout(r, 1000));
  const after = serverRssMb();

  console.log(`\nserver under load: four 4,000-clause compares and four hostile files at once (${(heavyMs / 1000).toFixed(1)} s), a tiny compare every 20 ms`);
  console.log(`  tiny compare, idle server:   ${fmt(summary(idle))}`);
  console.log(`  tiny compare, under load:    ${fmt(summary(loaded))}   target p99 < 50 ms`);
  console.log(`  answers: compares ${answers.slice(0, 4).map((a) => a.status).join(', ')}; hostile files ${answers.slice(4).map((a, k) => `${hostile[k]![0]} ${a.status}`).join(', ')}`);
  console.log(`  server memory: before ${before.toFixed(0)} MB · peak ${peak.toFixed(0)} MB · one second after ${after.toFixed(0)} MB`);
} finally {
  server.kill();
}
