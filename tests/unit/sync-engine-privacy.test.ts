import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toBase64url } from '../../src/sync/index.js';
import { annotation, invited, owner, syncWorld, type SyncWorld } from '../support/sync-client.js';
import { databaseKinds } from '../support/sync-databases.js';

/** Words of the session's drafts, notes, names and settings, none of which the server may hold. */
const SECRET_WORDS = [
  'Quillfeather', // the workspace's name
  'Marrowick', // the side its concerns take
  'Ysoldebrack', // the owner's name
  'Tamsinoakhurst', // the analyst's name
  'Glimmerstone', // a version's label
  'Pelbrookite', // a version's title
  'zanthoxylum', // clause texts
  'fennimorean',
  'quorvanellic',
  'Veldrakeish', // an annotation's note
  'Orchelquote', // the words an annotation quotes
];

/**
 * How a word would look if it were stored base64url-encoded rather than sealed: for each of the
 * three alignments it can have in the encoded bytes, the characters only its own bytes decide.
 */
function encodedForms(word: string): string[] {
  const bytes = new TextEncoder().encode(word);
  return [0, 1, 2].map((skip) => {
    const whole = bytes.subarray(skip, skip + Math.floor((bytes.length - skip) / 3) * 3);
    return toBase64url(whole);
  });
}

for (const kind of databaseKinds()) {
describe.skipIf(kind.skipped)(`sync engine: what the server keeps of a whole session (${kind.name})`, () => {
  let world: SyncWorld;
  const printed: string[] = [];
  beforeAll(async () => {
    world = await syncWorld(kind);
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        printed.push(String(chunk));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write);
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await world?.close();
  });

  it('holds none of the words of drafts, annotations, names or settings, in any table, in the database files or in what it printed', async () => {
    const own = await owner(world.app);
    await own.replica.write({ kind: 'workspace', name: 'Operation Quillfeather', we: 'Marrowick Holdings' });
    await own.replica.write({ kind: 'member', memberId: own.id, name: 'Ysoldebrack Ferrule' });
    await own.engine.sync();
    const analyst = await invited(world.app, own, 'analyst');
    const reader = await invited(world.app, own, 'reader');
    await analyst.replica.write({ kind: 'member', memberId: analyst.id, name: 'Tamsinoakhurst Vey' });
    await analyst.replica.addVersion({
      id: 'v-1',
      label: 'Glimmerstone draft',
      title: 'Agreement on Pelbrookite deposits',
      clauses: [
        { text: 'The zanthoxylum reserves shall be pooled.', heading: 'Fennimorean reserves', kind: 'heading' },
        { text: 'Each Party keeps its quorvanellic rights.', number: '2.1' },
        { text: 'Disputes go to the Orchelquote panel.', number: '2.2' },
      ],
    });
    await analyst.replica.write(
      annotation({ id: 'a-1', versionId: 'v-1', note: 'Veldrakeish wording: push back', quote: { type: 'TextQuoteSelector', exact: 'Orchelquote panel', prefix: 'the ', suffix: '.' } }),
    );
    await analyst.engine.sync();
    await own.engine.sync();
    await own.replica.write(annotation({ id: 'a-1', versionId: 'v-1', note: 'Veldrakeish, agreed by Ysoldebrack' }));
    await own.engine.sync();
    await reader.engine.sync();
    await own.engine.removeMember(reader.id);
    await analyst.replica.addVersion({ id: 'v-2', label: 'Glimmerstone revision', parent: 'v-1', clauses: [{ text: 'The zanthoxylum and quorvanellic reserves shall be pooled.' }] });
    await analyst.engine.sync();
    await own.engine.sync();

    // the session did carry the words: the owner reads them all back from what it pulled
    const everything = JSON.stringify({
      settings: own.replica.settings(),
      names: [own.replica.memberName(own.id), own.replica.memberName(analyst.id)],
      versions: [own.replica.version('v-1'), own.replica.version('v-2')],
      quote: analyst.replica.value('annotation', 'a-1').values,
      notes: own.replica.annotationNotes('a-1'),
    }).toLowerCase();
    for (const word of SECRET_WORDS) expect(everything, word).toContain(word.toLowerCase());

    // every row of every table, as text
    const listTables =
      world.db.dialect === 'sqlite' ? "SELECT name FROM sqlite_master WHERE type = 'table'" : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'";
    const tables = (await world.db.all<{ name: string }>(listTables)).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['workspaces', 'members', 'invites', 'ops', 'blobs', 'wrapped_keys']));
    const rows: string[] = [];
    for (const table of tables) rows.push(JSON.stringify(await world.db.all(`SELECT * FROM "${table}"`)));
    const dump = rows.join('\n');
    // the dump is what the server holds: the members' ids and the ciphertexts are in it
    expect(dump).toContain(analyst.id);
    expect((await world.db.all<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM ops'))[0]!.n).toBeGreaterThanOrEqual(7);
    // the database's files as bytes (the write-ahead log included); PostgreSQL's belong to its
    // server, whose tables the dump above reads whole
    const folder = world.folder;
    const files = folder === null ? [] : readdirSync(folder).map((name) => readFileSync(join(folder, name)).toString('latin1'));
    if (folder !== null) expect(files.length).toBeGreaterThan(0);
    const output = printed.join('\n');

    const haystacks = { tables: dump.toLowerCase(), files: files.join('\n').toLowerCase(), printed: output.toLowerCase() };
    const found: string[] = [];
    for (const word of SECRET_WORDS) {
      for (const [where, text] of Object.entries(haystacks)) if (text.includes(word.toLowerCase())) found.push(`${word} in ${where}`);
      for (const form of encodedForms(word)) {
        for (const [where, text] of Object.entries({ tables: dump, files: files.join('\n'), printed: output })) if (text.includes(form)) found.push(`${word} (base64url) in ${where}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would see a word stored unsealed, in either form (the check can fail)', async () => {
    await world.db.run("INSERT INTO workspaces (id, created_at) VALUES ('sw-00000000-0000-0000-0000-000000000000', ?)", ['2025-01-01T00:00:00.000Z']);
    const plain = toBase64url(new TextEncoder().encode(JSON.stringify({ note: 'xx Veldrakeish yy' })));
    await world.db.run('INSERT INTO blobs (workspace_id, id, epoch, size, ciphertext, at) VALUES (?, ?, 0, 1, ?, ?)', ['sw-00000000-0000-0000-0000-000000000000', 'x'.repeat(43), plain, '2025-01-01T00:00:00.000Z']);
    const dump = JSON.stringify(await world.db.all('SELECT * FROM blobs'));
    expect(encodedForms('Veldrakeish').some((form) => dump.includes(form))).toBe(true);
    expect(encodedForms('Quillfeather').some((form) => dump.includes(form))).toBe(false);
  });
});
}
