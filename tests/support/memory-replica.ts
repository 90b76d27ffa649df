import type { ClauseKind } from '../../src/model/clause.js';
import { recordOf, type RecordKind, type SyncPayload } from '../../src/model/sync-payload.js';
import { blobIdOfText, importKeyRing, recordHeads } from '../../src/sync/index.js';
import type { Membership, OutboxEntry, RemoteOp, Replica } from '../../src/sync/replica.js';

/** A clause as a test writes it: its text, and the rest of SharedClause. */
export interface LocalClause {
  text: string;
  number?: string | null;
  heading?: string | null;
  kind?: ClauseKind;
  level?: number;
  parentOffset?: number;
}

interface StoredOp {
  opId: string;
  parents: readonly string[];
  /** the server's number; a change not yet acknowledged sorts after every numbered one */
  rev: number;
  memberId: string;
  payload: SyncPayload;
}

/** A record's value as the replica shows it: one value, or every value of a conflict. */
export interface RecordValue<P extends SyncPayload = SyncPayload> {
  values: P[];
  conflict: boolean;
  deleted: boolean;
  /** what a new edit of the record names as parents */
  parents: readonly string[];
}

const UNNUMBERED = 1e12;

/**
 * A member's replica in plain maps, for tests and tools: what it writes waits in an outbox,
 * what it pulls is applied per record (heads, conflicts and tombstones from recordHeads), clause
 * texts are kept by blob id, like the app's IndexedDB store does it.
 */
export class MemoryReplica implements Replica {
  private current: Membership;
  private outbox: OutboxEntry[] = [];
  private readonly records = new Map<string, StoredOp[]>();
  private readonly texts = new Map<string, string>();
  private upTo = 0;
  private written = 0;
  /** every operation apply() was given, in order (own ones coming back included) */
  readonly received: RemoteOp[] = [];

  constructor(membership: Membership) {
    this.current = membership;
  }

  async membership(): Promise<Membership> {
    return this.current;
  }

  async saveMembership(membership: Membership): Promise<void> {
    this.current = membership;
  }

  async pending(): Promise<OutboxEntry[]> {
    return [...this.outbox];
  }

  async acknowledged(accepted: readonly { opId: string; rev: number }[]): Promise<void> {
    for (const { opId, rev } of accepted) this.number(opId, rev);
  }

  async clauseTexts(blobIds: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const id of blobIds) {
      const text = this.texts.get(id);
      if (text !== undefined) found.set(id, text);
    }
    return found;
  }

  async pulledUpTo(): Promise<number> {
    return this.upTo;
  }

  async apply(ops: readonly RemoteOp[], texts: ReadonlyMap<string, string>, upTo: number): Promise<void> {
    for (const [id, text] of texts) this.texts.set(id, text);
    for (const op of ops) {
      this.received.push(op);
      const list = this.list(op.payload);
      const known = list.find((stored) => stored.opId === op.opId);
      // one of ours coming back (its acknowledgement may have been lost): it is numbered now
      if (known) this.number(op.opId, op.rev);
      else list.push({ opId: op.opId, parents: op.parents, rev: op.rev, memberId: op.memberId, payload: op.payload });
    }
    this.upTo = upTo;
  }

  // --- writing, as the app's store does when a member edits ---

  /** A change to the record `payload` is the value of, replacing its current heads (or `parents`). */
  async write(payload: SyncPayload, parents?: readonly string[]): Promise<string> {
    const { kind, localId } = recordOf(payload);
    const opId = `o-${crypto.randomUUID()}`;
    const entry = { opId, payload, parents: parents ?? this.value(kind, localId).parents };
    this.outbox.push(entry);
    this.written += 1;
    this.list(payload).push({ opId, parents: entry.parents, rev: UNNUMBERED + this.written, memberId: this.current.memberId, payload });
    return opId;
  }

  /** A version with its clause texts, kept by blob id so they can go up. */
  async addVersion(version: { id: string; label: string; party?: string; date?: string; parent?: string | null; title?: string; clauses: LocalClause[] }): Promise<string> {
    const ring = await importKeyRing(this.current.keyRing);
    const clauses = [];
    for (const clause of version.clauses) {
      const blob = await blobIdOfText(ring, clause.text);
      this.texts.set(blob, clause.text);
      clauses.push({ blob, number: clause.number ?? null, heading: clause.heading ?? null, kind: clause.kind ?? 'numbered', level: clause.level ?? 1, parentOffset: clause.parentOffset ?? 0 });
    }
    return this.write({ kind: 'version', id: version.id, label: version.label, party: version.party ?? '', date: version.date ?? '', parent: version.parent ?? null, title: version.title ?? '', clauses });
  }

  // --- reading, as the app's views do ---

  value(kind: RecordKind, localId: string): RecordValue {
    const { heads, conflict, parents } = recordHeads(this.records.get(`${kind}|${localId}`) ?? []);
    const values = heads.map((head) => head.payload);
    return { values, conflict, parents, deleted: values.length > 0 && values.every((v) => v.kind === 'deleted') };
  }

  /** A version's value(s) with each clause's text, or null when there is none or it was deleted. */
  version(id: string): { label: string; title: string; clauses: { text: string | undefined; number: string | null; heading: string | null }[] }[] | null {
    const value = this.value('version', id);
    if (value.values.length === 0 || value.deleted) return null;
    return value.values.flatMap((v) =>
      v.kind === 'version' ? [{ label: v.label, title: v.title, clauses: v.clauses.map((c) => ({ text: this.texts.get(c.blob), number: c.number, heading: c.heading })) }] : [],
    );
  }

  annotationNotes(id: string): string[] {
    return this.value('annotation', id).values.map((v) => (v.kind === 'annotation' ? v.note : '(deleted)'));
  }

  memberName(memberId: string): string | null {
    const [value] = this.value('member', memberId).values;
    return value?.kind === 'member' ? value.name : null;
  }

  settings(): { name: string; we: string | null } | null {
    const [value] = this.value('workspace', 'settings').values;
    return value?.kind === 'workspace' ? { name: value.name, we: value.we } : null;
  }

  /** every clause text this replica holds */
  allTexts(): string[] {
    return [...this.texts.values()];
  }

  private list(payload: SyncPayload): StoredOp[] {
    const { kind, localId } = recordOf(payload);
    const key = `${kind}|${localId}`;
    let list = this.records.get(key);
    if (!list) this.records.set(key, (list = []));
    return list;
  }

  private number(opId: string, rev: number): void {
    this.outbox = this.outbox.filter((entry) => entry.opId !== opId);
    for (const list of this.records.values()) {
      const stored = list.find((op) => op.opId === opId);
      if (stored) stored.rev = rev;
    }
  }
}
