import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startThrowawayPostgres } from '../../tests/support/postgres-cluster.js';
import { startServerProcess, type ServerProcess } from '../../tests/support/server-process.js';

/**
 * npm run bench:sync — fifty members of one shared workspace on loopback, each pushing sealed
 * changes (mostly annotation-sized, every tenth a version: twenty clause texts and its operation)
 * and pulling what the others wrote, as fast as the server lets them, for 60 s (`--seconds N`)
 * against each database: SQLite with one server process, PostgreSQL with two processes sharing
 * it (members split between them, so live updates must cross processes). Prints requests per
 * second, p50/p99 latency, the servers' peak memory, how fast a push reached the event streams,
 * and the count of acknowledged writes missing afterwards, which must be 0. Needs the build.
 * The members run in this process, on the same two cores as the servers.
 */

const MEMBERS = 50;
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 60;
const text = (size: number) => 'x'.repeat(size);
const json = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });
const keyed = () => crypto.getRandomValues(new Uint8Array(43)).reduce((s, b) => s + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b & 63], '');
const newOp = (size: number) => ({ opId: `o-${crypto.randomUUID()}`, recordId: keyed(), parents: [], epoch: 0, ciphertext: text(size) });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  refused: number;
  failed: number;
  peakMb: number;
  liveP50: number;
  liveP99: number;
  acknowledged: number;
  missing: number;
}

async function load(servers: ServerProcess[]): Promise<Figures> {
  const base = servers[0]!.base;
  const created = (await (await fetch(`${base}/api/sync/workspaces`, { method: 'POST', headers: json(), body: JSON.stringify({ publicKey: `B${'A'.repeat(86)}` }) })).json()) as { workspaceId: string; token: string };
  const ws = created.workspaceId;
  const members = [{ token: created.token, base }];
  for (let index = 1; index < MEMBERS; index++) {
    const invite = (await (await fetch(`${base}/api/sync/${ws}/invites`, { method: 'POST', headers: json(created.token), body: JSON.stringify({ role: 'analyst' }) })).json()) as { inviteToken: string };
    const at = servers[index % servers.length]!.base;
    const answer = await fetch(`${at}/api/sync/${ws}/join`, { method: 'POST', headers: json(), body: JSON.stringify({ inviteToken: invite.inviteToken, publicKey: `B${'C'.repeat(86)}` }) });
    if (answer.status !== 201) throw new Error(`member ${index} could not join: ${answer.status} ${await answer.text()}`);
    const joined = (await answer.json()) as { token: string };
    members.push({ token: joined.token, base: at });
  }

  const latencies: number[] = [];
  const liveDelays: number[] = [];
  const ackedAt = new Map<number, number>();
  const acknowledged = new Set<string>();
  let refused = 0;
  let failed = 0;
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, servers.reduce((sum, server) => sum + server.rssMb(), 0))), 250);
  const end = performance.now() + seconds * 1000;
  const timed = async (url: string, init: RequestInit) => {
    const started = performance.now();
    const response = await fetch(url, init);
    const body = await response.text();
    latencies.push(performance.now() - started);
    if (response.status === 429) refused++;
    else if (!response.ok && failed++ === 0) process.stderr.write(`first failed request: ${response.status} ${body.slice(0, 200)}\n`);
    return response.ok ? (JSON.parse(body) as unknown) : null;
  };

  // every member listens for live updates; a head seen on a stream is timed against its push
  const streams = members.map(async (member) => {
    const controller = new AbortController();
    const stop = setTimeout(() => controller.abort(), end - performance.now());
    try {
      const response = await fetch(`${member.base}/api/sync/${ws}/events`, { headers: json(member.token), signal: controller.signal });
      const decoder = new TextDecoder();
      let buffer = '';
      const reader = response.body!.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        buffer += decoder.decode(read.value, { stream: true });
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const match = /event: head\ndata: \{"head":(\d+)\}/.exec(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          const pushed = match ? ackedAt.get(Number(match[1])) : undefined;
          if (pushed !== undefined) liveDelays.push(performance.now() - pushed);
        }
      }
    } catch {
      // aborted at the end
    } finally {
      clearTimeout(stop);
    }
  });

  const work = members.map(async (member, index) => {
    let since = 0;
    for (let round = index; performance.now() < end; round++) {
      const ops = [];
      if (round % 10 === 0) {
        const blobs = Array.from({ length: 20 }, () => ({ id: keyed(), epoch: 0, ciphertext: text(2000) }));
        await timed(`${member.base}/api/sync/${ws}/blobs`, { method: 'POST', headers: json(member.token), body: JSON.stringify({ blobs }) });
        ops.push(newOp(3000));
      } else ops.push(newOp(1500));
      const pushed = (await timed(`${member.base}/api/sync/${ws}/ops`, { method: 'POST', headers: json(member.token), body: JSON.stringify({ ops }) })) as { accepted: { opId: string; rev: number }[] } | null;
      const now = performance.now();
      for (const accepted of pushed?.accepted ?? []) {
        acknowledged.add(accepted.opId);
        ackedAt.set(accepted.rev, now);
      }
      const pulled = (await timed(`${member.base}/api/sync/${ws}/ops?since=${since}&limit=500`, { headers: json(member.token) })) as { ops: { rev: number }[] } | null;
      since = pulled?.ops.at(-1)?.rev ?? since;
    }
  });
  await Promise.all(work);
  await Promise.all(streams);
  clearInterval(sampler);

  const stored = new Set<string>();
  for (let since = 0; ; ) {
    const page = (await (await fetch(`${base}/api/sync/${ws}/ops?since=${since}&limit=500`, { headers: json(created.token) })).json()) as { ops: { opId: string; rev: number }[]; more: boolean };
    for (const op of page.ops) stored.add(op.opId);
    if (!page.more) break;
    since = page.ops.at(-1)!.rev;
  }
  const sorted = latencies.sort((a, b) => a - b);
  const live = liveDelays.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    refused,
    failed,
    peakMb,
    liveP50: percentile(live, 0.5),
    liveP99: percentile(live, 0.99),
    acknowledged: acknowledged.size,
    missing: [...acknowledged].filter((id) => !stored.has(id)).length,
  };
}

function print(name: string, figures: Figures): void {
  const f = (n: number) => n.toFixed(1);
  process.stdout.write(
    [
      `${name}:`,
      `  ${figures.requests} requests in ${seconds} s: ${Math.round(figures.perSecond)} per second · median ${f(figures.p50)} ms · p99 ${f(figures.p99)} ms`,
      `  refused for rate ${figures.refused} · failed ${figures.failed} · servers' peak memory ${Math.round(figures.peakMb)} MB`,
      `  a push reached the members' event streams in: median ${f(figures.liveP50)} ms · p99 ${f(figures.liveP99)} ms`,
      `  acknowledged writes ${figures.acknowledged} · missing afterwards ${figures.missing} (target 0)`,
      '',
    ].join('\n'),
  );
}

process.stdout.write(`Sync server under load: ${MEMBERS} members, ${seconds} s per database, on loopback\n\n`);
const folder = mkdtempSync(join(tmpdir(), 'counterdraft-bench-sync-'));
let failures = 0;
try {
  const sqliteServer = await startServerProcess({ COUNTERDRAFT_DATA: folder }, 'built');
  try {
    const figures = await load([sqliteServer]);
    print('SQLite (one server process)', figures);
    failures += figures.missing;
  } finally {
    await sqliteServer.kill();
  }
  const cluster = await startThrowawayPostgres();
  if (!cluster) process.stdout.write('PostgreSQL: not installed here (apt-get install postgresql); skipped\n');
  else {
    try {
      const servers = [await startServerProcess({ DATABASE_URL: cluster.url }, 'built'), await startServerProcess({ DATABASE_URL: cluster.url }, 'built')];
      try {
        const figures = await load(servers);
        print('PostgreSQL (two server processes, members split between them)', figures);
        failures += figures.missing;
      } finally {
        await Promise.all(servers.map((server) => server.kill()));
      }
    } finally {
      cluster.stop();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
