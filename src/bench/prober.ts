/**
 * The latency probe of the server benchmark (server-load.ts), in a process of its own so that
 * the load it measures under is not also slowing the measuring: sends one tiny compare every
 * 20 ms to the server at argv[2] until SIGINT, then prints their latencies (ms) as one JSON line.
 */
const base = process.argv[2]!;
const body = JSON.stringify({ old: { text: '1. Ukraine shall pay 50 percent.' }, new: { text: '1. Ukraine shall pay 25 percent.' }, format: 'text' });

async function tiny(): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${base}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`a tiny compare answered ${response.status}`);
  return performance.now() - start;
}

// the first requests set up the connection and compile the client: not what is measured
for (let k = 0; k < 10; k++) await tiny();
const times: number[] = [];
let stop = false;
process.on('SIGINT', () => (stop = true));
process.stdout.write('ready\n');
while (!stop) {
  times.push(await tiny());
  await new Promise((resolve) => setTimeout(resolve, 20));
}
process.stdout.write(`${JSON.stringify(times)}\n`);
