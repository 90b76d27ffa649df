import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { selectorsFor } from '../../../src/annotations/anchor.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { exportWorkspace, restoreWorkspace, type Backup, type RestoredBackup } from '../../../src/store/backup.js';
import type { ClauseRecord } from '../../../src/store/records.js';
import { SAMPLE_MANIFEST, SAMPLE_TEXTS } from '../../../src/store/samples.js';
import { STORES } from '../../../src/store/schema.js';
import { seedSampleWorkspace } from '../../../src/store/seed.js';
import { StoreError, WorkspaceStore, clauseContent, clauseHash } from '../../../src/store/workspace-store.js';

/**
 * Mutated backups of the sample workspace, fed to restore. Each is either restored, or refused
 * with a StoreError whose message names the field or the clause that is wrong; nothing else
 * escapes and no attempt hangs. Another workspace stored beforehand is byte-for-byte what it was
 * after every attempt, and a refusal leaves the whole database as it was.
 *
 * One database serves the file: a bystander workspace seeded from the samples, and the target,
 * a copy of it under ids of its own whose real backup is the file being mutated. After each
 * attempt the database is put back as it was, so every attempt starts from the same one.
 */

const TARGET = 'target';
/** A workspace id no one holds: a file moved there is restored beside the others. */
const ELSEWHERE = 'elsewhere';

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Fixture {
  store: WorkspaceStore;
  bystander: string;
  /** the bystander as stored after seeding: it must never change */
  bystanderBytes: string;
  /** the target as stored before any attempt */
  targetBytes: string;
  /** the whole database before any attempt, store by store */
  baseline: Record<string, string>;
  /** the target's backup, as read back from its file */
  file: Backup;
  /** ids a reference could be pointed at: the file's and the bystander's versions and annotations, both workspaces, none */
  ids: string[];
  /** hashes a reference could be pointed at: the file's clauses, one only the bystander stores, none */
  hashes: string[];
  /**
   * A clause stored under the hash that one of the file's clauses, reworded, would have (as a
   * collision of the hash would be): `clause` is that clause's hash, `hash` the one it would get.
   */
  collision: { clause: string; hash: string };
}

let fixture: Fixture;

// Reading the stored state

/** Every store, as JSON of all its records in key order. */
async function databaseBytes(store: WorkspaceStore): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.values(STORES)) out[name] = JSON.stringify(await store.db.getAll(name));
  return out;
}

/** A workspace as stored: its record, its versions, the clauses each one reads as, its annotations. */
async function workspaceBytes(store: WorkspaceStore, id: string): Promise<string> {
  const workspace = await store.db.get(STORES.workspaces, id);
  const versions = await store.db.getAllFromIndex(STORES.versions, 'byWorkspace', id);
  const clauses = [];
  for (const v of versions) clauses.push((await store.loadVersion(v.id)).clauses);
  const annotations = await store.db.getAllFromIndex(STORES.annotations, 'byWorkspace', id);
  return JSON.stringify({ workspace, versions, clauses, annotations });
}

/** Fails naming the first character where `actual` departs from `expected`, with a little of each around it. */
function sameBytes(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 80), at + 80));
  expect.fail(`${what} changed at character ${at}: ${around(expected)} became ${around(actual)}`);
}

// Mutations

/** Every value in the document below its root, with its path. */
function nodes(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []): { path: Path; value: Json }[] {
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  for (const [key, child] of entries) {
    out.push({ path: [...path, key], value: child });
    nodes(child, [...path, key], out);
  }
  return out;
}

function containerAt(doc: Json, path: Path): Json {
  let at = doc;
  for (const key of path) at = (at as Record<string | number, Json>)[key]!;
  return at;
}

function setAt(doc: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  (containerAt(doc, path.slice(0, -1)) as Record<string | number, Json>)[path.at(-1)!] = value;
  return doc;
}

/** Every string equal to `from`, anywhere in the document, replaced by `to`: an id or hash and every reference to it. */
function replaceEverywhere(value: Json, from: string, to: string): Json {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => replaceEverywhere(v, from, to));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceEverywhere(v, from, to)]));
  return value;
}

const ODD_STRINGS = ['', ' ', '\u0000', '\ud800', '\u202e', '💥', '__proto__', 'constructor', 'null', 'NaN', '../..', '<script>alert(1)</script>', '2025-02-30T25:61:00Z', 'й'.repeat(50_000)];
const ODD_NUMBERS: Json[] = [-1, 0, 1.5, 1_000_000, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 'NaN', 'Infinity', '-1', '1e999', '12'];
/** What a reworded clause gains, most often. */
const AMENDED = ' (amended)';
const OTHER_TYPES: Json[] = [null, true, 0, -1, '', 'x', [], {}, [null], { '0': 1 }];

/** A change to the parsed file; `at` and the other numbers pick among what is there, modulo its count. */
type Edit =
  | { kind: 'drop'; at: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'string'; at: number; value: string }
  | { kind: 'number'; at: number; value: Json }
  | { kind: 'duplicate'; at: number; item: number }
  | { kind: 'reorder'; at: number; item: number; to: number }
  | { kind: 'point'; at: number; to: number }
  | { kind: 'rename'; at: number; to: number }
  | { kind: 'refile'; at: number; to: number }
  | { kind: 'rebase'; at: number; to: number }
  | { kind: 'move' }
  | { kind: 'reword'; at: number; text: string; forged: number | null };

/** A change to the file's text, after the edits: cut short (as written, or closed up so it still parses) or one character changed. */
type ByteEdit = { kind: 'cut'; at: number; closed: boolean } | { kind: 'flip'; at: number; char: string };

const index = fc.nat({ max: 1_000_000 });
const oddString = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'binary', maxLength: 12 }));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retype' as const), at: index, value: fc.constantFrom(...OTHER_TYPES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('string' as const), at: index, value: oddString }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('number' as const), at: index, value: fc.constantFrom(...ODD_NUMBERS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: index, item: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reorder' as const), at: index, item: index, to: index }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('point' as const), at: index, to: index }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('rename' as const), at: index, to: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('refile' as const), at: index, to: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rebase' as const), at: index, to: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reword' as const), at: index, text: fc.oneof(fc.constant(AMENDED), oddString), forged: fc.option(index) }) },
);

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: index, closed: fc.boolean() }),
  fc.record({ kind: fc.constant('flip' as const), at: index, char: fc.constantFrom('0', '9', 'a', 'f', 'x', '"', '\\', '{', ']', ',', ' ', 'й', '\u0000') }),
);

/** Edits that keep the file whole, so restoring it goes through: to another workspace, new ids, a clause reworded. */
const wholeEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const) }),
  fc.record({ kind: fc.constant('rename' as const), at: index, to: index }),
  fc.record({ kind: fc.constant('reword' as const), at: index, text: fc.oneof(fc.constant(AMENDED), oddString), forged: fc.constant(null) }),
);

/** One input: edits to the parsed file, then perhaps one to its text. */
const input = fc.oneof(
  { weight: 4, arbitrary: fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }), bytes: fc.constant(null) }) },
  { weight: 1, arbitrary: fc.record({ edits: fc.array(wholeEdit, { minLength: 1, maxLength: 3 }), bytes: fc.constant(null) }) },
  { weight: 1, arbitrary: fc.record({ edits: fc.array(edit, { maxLength: 1 }), bytes: byteEdit }) },
);

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

/** Half the time a node outside the clause records, which are most of the file and all fall to the same hash check. */
const aim = <T extends { path: Path }>(items: readonly T[], n: number): T | undefined => pick(n % 2 ? items : items.filter((i) => i.path[0] !== 'clauses'), n >> 1);

function applyEdit(doc: Json, e: Edit, { ids, hashes, collision, bystander }: Fixture): Json {
  const all = nodes(doc);
  const references = new Set([...ids, ...hashes]);
  switch (e.kind) {
    case 'drop': {
      const node = aim(all, e.at);
      if (!node) return doc;
      const parent = containerAt(doc, node.path.slice(0, -1));
      if (Array.isArray(parent)) parent.splice(node.path.at(-1) as number, 1);
      else delete (parent as Record<string, Json>)[node.path.at(-1) as string];
      return doc;
    }
    case 'retype': {
      // now and then the whole file
      const node = e.at % 50 === 0 ? { path: [] } : aim(all, e.at);
      return node ? setAt(doc, node.path, structuredClone(e.value)) : doc;
    }
    case 'string': {
      // half the time an id, base, version or hash, which the rest of the file refers to
      const node = pick(all.filter((n) => typeof n.value === 'string' && (e.at % 2 === 0 || references.has(n.value))), e.at >> 1);
      return node ? setAt(doc, node.path, e.value) : doc;
    }
    case 'number': {
      const node = aim(all.filter((n) => typeof n.value === 'number'), e.at);
      return node ? setAt(doc, node.path, e.value) : doc;
    }
    case 'duplicate': {
      const node = aim(all.filter((n) => Array.isArray(n.value) && n.value.length > 0), e.at);
      if (!node) return doc;
      const items = node.value as Json[];
      const k = e.item % items.length;
      items.splice(k + 1, 0, structuredClone(items[k]!));
      return doc;
    }
    case 'reorder': {
      const node = aim(all.filter((n) => Array.isArray(n.value) && n.value.length > 1), e.at);
      if (!node) return doc;
      const items = node.value as Json[];
      const [moved] = items.splice(e.item % items.length, 1);
      items.splice(e.to % (items.length + 1), 0, moved!);
      return doc;
    }
    case 'point': {
      // an id, base, version or hash (wherever it stands) made another record's
      const node = pick(all.filter((n) => typeof n.value === 'string' && references.has(n.value)), e.at);
      const to = node && pick(hashes.includes(node.value as string) ? hashes : ids, e.to);
      return node && to !== undefined ? setAt(doc, node.path, to) : doc;
    }
    case 'rename': {
      // a version or annotation given another id (often one the bystander holds), every reference following it
      const node = pick(all.filter((n) => n.path.length === 3 && (n.path[0] === 'versions' || n.path[0] === 'annotations') && n.path[2] === 'id' && typeof n.value === 'string'), e.at);
      const to = pick(ids, e.to);
      return node && to !== undefined ? replaceEverywhere(doc, node.value as string, to) : doc;
    }
    case 'refile': {
      // a version or annotation filed under another workspace
      const node = pick(all.filter((n) => n.path.length === 3 && (n.path[0] === 'versions' || n.path[0] === 'annotations') && n.path[2] === 'workspaceId'), e.at);
      return node ? setAt(doc, node.path, pick([bystander, ELSEWHERE], e.to)!) : doc;
    }
    case 'rebase': {
      // a version stored against another of the file's versions (itself, one above it: a loop), or one of the bystander's
      const node = pick(all.filter((n) => n.path.length === 3 && n.path[0] === 'versions' && n.path[2] === 'base'), e.at);
      const versions = all.filter((n) => n.path.length === 3 && n.path[0] === 'versions' && n.path[2] === 'id').map((n) => n.value);
      return node ? setAt(doc, node.path, pick([...versions, ...ids], e.to)!) : doc;
    }
    case 'move':
      // the whole file claiming to be a workspace no one holds: every id it has is the target's
      return replaceEverywhere(doc, TARGET, ELSEWHERE);
    case 'reword': {
      // a clause's text changed, its hash worked out again (or forged), and the versions using it
      // following; a third of the time the clause whose new hash another stored clause holds
      const clauses = all.filter((n) => n.path.length === 2 && n.path[0] === 'clauses' && isClause(n.value));
      const node = (e.at % 3 === 0 && clauses.find((n) => (n.value as { hash: string }).hash === collision.clause)) || pick(clauses, e.at);
      if (!node) return doc;
      const clause = node.value as unknown as ClauseRecord;
      const changed = { ...clause, text: `${clause.text}${e.text}` };
      const hash = e.forged === null ? clauseHash(changed) : (pick([...hashes, ...ids, 'f00dfeedf00dfeed', ...ODD_STRINGS.filter(Boolean)], e.forged) as string);
      const replaced = replaceEverywhere(doc, clause.hash, hash);
      return setAt(replaced, node.path, { ...changed, hash } as unknown as Json);
    }
  }
}

function isClause(value: Json): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return typeof value.hash === 'string' && typeof value.text === 'string' && typeof value.level === 'number';
}

/**
 * The text cut at `at`. Closed, it is cut back to the last comma between values and every array
 * and object still open is closed, so it parses: a file that lost its tail.
 */
function cut(text: string, at: number, closed: boolean): string {
  if (!closed) return text.slice(0, at);
  let inString = false;
  let escaped = false;
  let open = '';
  let last: { at: number; open: string } | null = null;
  for (let i = 0; i < at; i++) {
    const c = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open += c;
    else if (c === '}' || c === ']') open = open.slice(0, -1);
    else if (c === ',') last = { at: i, open };
  }
  if (!last) return text.slice(0, at);
  return text.slice(0, last.at) + [...last.open].reverse().map((c) => (c === '{' ? '}' : ']')).join('');
}

function applyBytes(text: string, e: ByteEdit): string {
  const at = e.at % text.length;
  return e.kind === 'cut' ? cut(text, at, e.closed) : text.slice(0, at) + e.char + text.slice(at + 1);
}

// Checks

const REFUSAL = 'This is not a Counterdraft backup that can be restored (';

/**
 * The refusal names what was wrong: the path of a field whose container is in the file (the
 * field itself may be the one missing), the whole file when it is not an object, or the clause
 * whose hash another stored clause holds.
 */
function expectNamesWhatWasWrong(message: string, data: unknown): void {
  if (message.startsWith(REFUSAL)) {
    expect(message).to.match(/\. Nothing was changed\.$/);
    const named = /^(file|[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*): \S/.exec(message.slice(REFUSAL.length));
    expect(named, `a field path in: ${message.slice(0, 300)}`).to.not.equal(null);
    if (named![1] === 'file') {
      expect(data !== null && typeof data === 'object' && !Array.isArray(data), `"file" named for an object: ${message.slice(0, 300)}`).to.equal(false);
      return;
    }
    const path = [...named![1]!.matchAll(/[A-Za-z_$][\w$]*|\[(\d+)\]/g)].map((m) => (m[1] === undefined ? m[0] : Number(m[1])));
    let at = data;
    for (const key of path.slice(0, -1)) {
      expect(at !== null && typeof at === 'object' && Object.hasOwn(at, key), `${named![1]} is a place in the file`).to.equal(true);
      at = (at as Record<string | number, unknown>)[key];
    }
    expect(at !== null && typeof at === 'object', `${named![1]} is a field of an object or array in the file`).to.equal(true);
    return;
  }
  const clash = /^The backup's clause .* has the hash "(.*)" of a different clause already stored, which other versions use\. Nothing was changed\.$/s.exec(message);
  expect(clash, `a refusal naming a field or a clause: ${message.slice(0, 300)}`).to.not.equal(null);
  expect((data as Backup).clauses.some((c) => c.hash === clash![1])).to.equal(true);
}

/**
 * What a restore that went through must leave: the workspace reads back as the file says (its
 * records, every version whole, at its clause count), every stored clause but the one planted
 * as a collision sits under its own content's hash, and no clause stored before was replaced or
 * removed.
 */
async function expectRestoredWhole({ store, collision }: Fixture, restored: RestoredBackup, before: Record<string, string>): Promise<void> {
  const id = restored.workspace.id;
  const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(await store.getWorkspace(id)).to.deep.equal(restored.workspace);
  const versions = await store.listVersions(id, { includeDeleted: true });
  expect(byId(versions)).to.deep.equal(byId(restored.versions));
  for (const v of versions) {
    const loaded = await store.loadVersion(v.id);
    expect(loaded.clauses.length, `version "${v.id}" reads as the ${v.clauseCount} clauses its record counts`).to.equal(v.clauseCount);
  }
  const annotations = await store.listAnnotations(id);
  expect(byId(annotations)).to.deep.equal(byId(restored.annotations));
  const versionIds = new Set(versions.map((v) => v.id));
  for (const a of annotations) expect(versionIds.has(a.versionId), `annotation "${a.id}" is on a version of its workspace`).to.equal(true);

  const stored = (await store.db.getAll(STORES.clauses)) as ClauseRecord[];
  for (const c of stored) if (c.hash !== collision.hash) expect(c.hash, `clause ${JSON.stringify(clauseContent(c)).slice(0, 120)} is stored under its own hash`).to.equal(clauseHash(c));
  const now = new Map(stored.map((c) => [c.hash, JSON.stringify(c)]));
  for (const c of JSON.parse(before[STORES.clauses]!) as ClauseRecord[]) sameBytes(now.get(c.hash) ?? '(gone)', JSON.stringify(c), `stored clause "${c.hash}"`);
}

/**
 * Puts the database back as it was before any attempt, record for record, whatever the attempt
 * left: each store is cleared and given its records again, in one transaction.
 */
async function putBack({ store, baseline }: Fixture): Promise<void> {
  const now = await databaseBytes(store);
  if (Object.values(STORES).every((s) => now[s] === baseline[s])) return;
  const names = Object.values(STORES);
  const tx = store.db.transaction(names, 'readwrite');
  for (const name of names) {
    await tx.objectStore(name).clear();
    for (const record of JSON.parse(baseline[name]!) as never[]) await tx.objectStore(name).put(record);
  }
  await tx.done;
  const after = await databaseBytes(store);
  for (const name of names) sameBytes(after[name]!, baseline[name]!, `the database put back (${name})`);
}

/** Restored (with ids given new ones, or not); refused by the file's check, or inside the transaction (a clash of hashes); not JSON. */
type Outcome = 'restored' | 'renamed' | 'refused' | 'clash' | 'unreadable';

/**
 * Restores `text` as the app does (a file that is not JSON never reaches restore; it is then
 * handed over as the text itself, which must be refused too), checks what it left, and puts the
 * database back for the next attempt whatever was found.
 */
async function attempt(f: Fixture, text: string): Promise<Outcome> {
  let data: unknown = text;
  let unreadable = false;
  try {
    data = JSON.parse(text);
  } catch (error) {
    expect(error).to.be.instanceOf(SyntaxError);
    unreadable = true;
  }
  const before = await databaseBytes(f.store);
  const result = await restoreWorkspace(f.store, data).then(
    (restored) => ({ restored, refusal: null }),
    (refusal: unknown) => ({ restored: null, refusal }),
  );
  try {
    return await judge(f, { data, unreadable, before, ...result });
  } finally {
    await putBack(f);
  }
}

interface Attempt {
  /** what restore was given */
  data: unknown;
  /** the file's text itself, when it was not JSON */
  unreadable: boolean;
  /** the database before */
  before: Record<string, string>;
  restored: RestoredBackup | null;
  refusal: unknown;
}

async function judge(f: Fixture, { data, unreadable, before, restored, refusal }: Attempt): Promise<Outcome> {
  const { store } = f;
  sameBytes(await workspaceBytes(store, f.bystander), f.bystanderBytes, 'the bystander workspace');
  if (restored) {
    expect(unreadable, 'text that is not JSON was restored').to.equal(false);
    expect(restored.workspace.id).to.equal((data as Backup).workspace.id);
    if (restored.workspace.id !== TARGET) sameBytes(await workspaceBytes(store, TARGET), f.targetBytes, 'the target workspace, restored beside');
    await expectRestoredWhole(f, restored, before);
    return restored.renamed.versions.size + restored.renamed.annotations.size > 0 ? 'renamed' : 'restored';
  }
  // anything but a StoreError (a TypeError, a RangeError, a DOMException) fails the property as it is
  if (!(refusal instanceof StoreError)) throw refusal;
  expect(refusal.reason).to.equal('invalid');
  expectNamesWhatWasWrong(refusal.message, data);
  const after = await databaseBytes(store);
  for (const s of Object.values(STORES)) sameBytes(after[s]!, before[s]!, `after a refusal, the ${s} store`);
  return unreadable ? 'unreadable' : refusal.message.startsWith(REFUSAL) ? 'refused' : 'clash';
}

const US = 'us-draft-2025-02-12';
const UA = 'ua-revision-2025-02-14';

before(async () => {
  const store = await WorkspaceStore.open(`counterdraft-backup-fuzz-${Date.now()}`);
  const seeded = await seedSampleWorkspace(store, SAMPLE_MANIFEST, SAMPLE_TEXTS);
  const clause = (await store.loadVersion(UA)).clauses[1]!;
  const at = '2025-02-15T09:30:00.000Z';
  await store.saveAnnotation({ id: 'a-sample', workspaceId: seeded.id, versionId: UA, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'high', status: 'open', note: 'sample note', author: 'K.', created: at, updated: at, revision: 1 }, null);
  const sample = JSON.parse(JSON.stringify(await exportWorkspace(store, seeded.id))) as Backup;

  // the target: the same workspace under ids of its own (restoring it as is would give it new ones)
  const own = <T extends string | null>(id: T): T => (id === null ? id : (`${id}-t` as T));
  await restoreWorkspace(store, {
    ...sample,
    workspace: { ...sample.workspace, id: TARGET, name: 'Target', settings: { ...sample.workspace.settings, oldId: own(sample.workspace.settings.oldId), newId: own(sample.workspace.settings.newId) } },
    versions: sample.versions.map((v) => ({ ...v, workspaceId: TARGET, id: own(v.id), base: own(v.base), parent: own(v.parent) })),
    annotations: sample.annotations.map((a) => ({ ...a, workspaceId: TARGET, id: own(a.id), versionId: own(a.versionId) })),
  });
  // a clause only the bystander holds, for references to point at
  const extra = await store.addVersion(seeded.id, { id: 'bystander-note', label: 'Note', party: 'P', date: '2025-03-01', parent: null }, parseVersion('1. Held by the bystander alone.'));
  const file = JSON.parse(JSON.stringify(await exportWorkspace(store, TARGET))) as Backup;
  const bystanderHashes = (await store.clauseHashes(extra.id)).filter((h) => !file.clauses.some((c) => c.hash === h));
  expect(bystanderHashes).to.have.length.greaterThan(0);

  // the file's last clause reworded would meet this one: the refusal then comes inside the transaction
  const last = file.clauses.at(-1)!;
  const collision = { clause: last.hash, hash: clauseHash({ ...last, text: `${last.text}${AMENDED}` }) };
  expect(await store.db.get(STORES.clauses, collision.hash)).to.equal(undefined);
  await store.db.put(STORES.clauses, { ...last, hash: collision.hash, text: 'Another clause, stored under the same hash.' });

  const stored = await databaseBytes(store);
  const bystanderIds = [...(await store.listVersions(seeded.id, { includeDeleted: true })).map((v) => v.id), 'a-sample'];
  fixture = {
    store,
    bystander: seeded.id,
    bystanderBytes: await workspaceBytes(store, seeded.id),
    targetBytes: await workspaceBytes(store, TARGET),
    baseline: stored,
    file,
    ids: [...file.versions.map((v) => v.id), ...file.annotations.map((a) => a.id), ...bystanderIds, TARGET, seeded.id, ''],
    hashes: [...file.clauses.map((c) => c.hash), ...bystanderHashes, ''],
    collision,
  };
});

after(() => fixture?.store.close());

/** The file after the input's edits, as text; the file's own workspace id is never made the bystander's. */
function mutate(f: Fixture, edits: readonly Edit[], bytes: ByteEdit | null): string {
  let doc = structuredClone(f.file) as unknown as Json;
  for (const e of edits) {
    doc = applyEdit(doc, e, f);
    // a file that claims the bystander's id is a backup of the bystander, which restoring may replace
    const ws = (doc as { workspace?: { id?: unknown } } | null)?.workspace;
    if (ws && typeof ws === 'object' && ws.id === f.bystander) ws.id = TARGET;
  }
  const text = JSON.stringify(doc, null, 2);
  return bytes ? applyBytes(text, bytes) : text;
}

describe('restoring a mutated backup (fuzz)', () => {
  it('restores it or refuses it naming the bad field, in bounded time, and changes no other workspace', async function () {
    this.timeout(60_000);
    const outcomes: Record<Outcome, number> = { restored: 0, renamed: 0, refused: 0, clash: 0, unreadable: 0 };
    await fc.assert(
      fc.asyncProperty(input, async ({ edits, bytes }) => {
        outcomes[await attempt(fixture, mutate(fixture, edits, bytes))]++;
      }),
      // a fixed seed keeps the run repeatable; each attempt has a time limit, so a hang fails it
      { numRuns: 100, seed: 20250214, timeout: 10_000, includeErrorInReport: true },
    );
    // the inputs reach every outcome, so no path goes untried
    expect(outcomes.restored + outcomes.renamed, JSON.stringify(outcomes)).to.be.at.least(10);
    expect(outcomes.renamed, JSON.stringify(outcomes)).to.be.at.least(3);
    expect(outcomes.refused, JSON.stringify(outcomes)).to.be.at.least(30);
    expect(outcomes.clash, JSON.stringify(outcomes)).to.be.greaterThan(0);
    expect(outcomes.unreadable, JSON.stringify(outcomes)).to.be.greaterThan(0);
  });
});

/** Restores `data`, expecting a refusal; checks that nothing stored changed and returns the message. */
async function refusedWith(data: Backup): Promise<string> {
  const { store } = fixture;
  const before = await databaseBytes(store);
  const error = await restoreWorkspace(store, JSON.parse(JSON.stringify(data))).then(
    () => null,
    (e: unknown) => e,
  );
  try {
    expect(error, 'the restore should have been refused').to.be.instanceOf(StoreError);
    const after = await databaseBytes(store);
    for (const s of Object.values(STORES)) sameBytes(after[s]!, before[s]!, `after a refusal, the ${s} store`);
    return (error as StoreError).message;
  } finally {
    await putBack(fixture);
  }
}

describe('restoring a backup whose clause lists do not add up', () => {
  const UA_T = `${UA}-t`;
  const US_T = `${US}-t`;
  const version = (file: Backup, id: string) => file.versions.find((v) => v.id === id)!;

  it('refuses an empty clause hash in a version, which no clause of the file has', async () => {
    const file = structuredClone(fixture.file);
    const i = file.versions.findIndex((v) => v.id === US_T);
    const insert = file.versions[i]!.edits[0]!;
    expect(insert[0]).to.equal('insert');
    (insert[1] as string[])[0] = '';
    const message = await refusedWith(file);
    expect(message).to.contain(`versions[${i}].edits[0]: uses a clause not in the file: ""`);
  });

  it('refuses edits that keep or drop clauses past the end of the list they are applied to, naming the edit', async () => {
    const file = structuredClone(fixture.file);
    const i = file.versions.findIndex((v) => v.id === UA_T);
    const ua = file.versions[i]!;
    expect(ua.base).to.equal(US_T);
    const k = ua.edits.findLastIndex((e) => e[0] === 'keep');
    expect(k).to.be.greaterThan(-1);
    ua.edits[k] = ['keep', 1_000_000];
    const message = await refusedWith(file);
    expect(message).to.contain(`versions[${i}].edits[${k}]: version "${UA_T}" keeps 1000000 clauses from clause`);
    expect(message).to.contain(`but version "${US_T}" it is stored against has ${version(fixture.file, US_T).clauseCount}`);

    const whole = structuredClone(fixture.file);
    const j = whole.versions.findIndex((v) => v.id === US_T);
    whole.versions[j]!.edits.push(['drop', 1]);
    expect(await refusedWith(whole)).to.contain(`versions[${j}].edits[1]: version "${US_T}" drops 1 clause from clause 1, but it is stored against no version`);
  });

  it('refuses a version whose edits give another number of clauses than its record counts', async () => {
    const file = structuredClone(fixture.file);
    const i = file.versions.findIndex((v) => v.id === US_T);
    const hashes = file.versions[i]!.edits[0]![1] as string[];
    hashes.push(hashes[0]!); // one clause more than the U.S. draft has
    const count = version(fixture.file, US_T).clauseCount;
    const message = await refusedWith(file);
    expect(message).to.contain(`versions[${i}].clauseCount: version "${US_T}" counts ${count} clauses, but its edits give ${count + 1}`);
  });
});
