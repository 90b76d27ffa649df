import type { PulledOp } from '../model/sync.js';
import { openBlob } from './blob-seal.js';
import { openOp } from './op-seal.js';
import { refreshKeys } from './key-refresh.js';
import type { RemoteOp } from './replica.js';
import { SealError } from './seal-error.js';
import type { Session } from './session.js';
import { SyncChangeRefusedError, SyncProtocolError } from './sync-errors.js';

/**
 * Fetching what others wrote (docs/sync.md, "Pushing and pulling"): every operation after the
 * replica's last pulled revision, a page at a time; each opened (which checks it was not altered
 * or moved, and that the member the server names wrote it), the clause texts new versions cite
 * fetched and opened (which checks each is the text its id stands for), then the page applied in
 * one go. A change that does not open stops the pull there (SyncChangeRefusedError): the ones
 * before it are applied, it and the ones after are not, and the pulled-up-to mark stays before
 * it. Skipping it instead would move the mark past it for good, and later changes that replace
 * it would be shown on top of a value never seen.
 */

/** Clause texts asked for at once: each may be a few hundred kilobytes sealed. */
const TEXTS_PER_GET = 200;

export async function pullOps(session: Session, pageSize: number): Promise<{ pulled: number }> {
  let since = await session.replica.pulledUpTo();
  let pulled = 0;
  let refreshed = false;
  for (;;) {
    const page = await session.transport.pull(since, pageSize);
    const opened: RemoteOp[] = [];
    let refused: SyncChangeRefusedError | null = null;
    let last = since;
    for (const op of page.ops) {
      if (op.rev <= last) throw new SyncProtocolError(`The sync server sent change #${op.rev} after #${last}: changes come in increasing order.`);
      last = op.rev;
      try {
        opened.push(await openOne(session, op));
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
        // a rotation this member has not caught up with yet: fetch the key, then try once more
        if (error.reason === 'missing-key' && !refreshed) {
          refreshed = true;
          await refreshKeys(session);
          try {
            opened.push(await openOne(session, op));
            continue;
          } catch (again) {
            if (!(again instanceof SealError)) throw again;
            refused = refusal(op, again);
            break;
          }
        }
        refused = refusal(op, error);
        break;
      }
    }
    const texts = await fetchTexts(session, opened);
    const usable = texts.refused ? opened.slice(0, opened.findIndex((op) => op.opId === texts.refused!.opId)) : opened;
    const upTo = usable.length > 0 ? usable[usable.length - 1]!.rev : since;
    if (usable.length > 0) await session.replica.apply(usable, texts.texts, upTo);
    pulled += usable.length;
    if (texts.refused) throw texts.refused;
    if (refused) throw refused;
    if (!page.more || page.ops.length === 0) return { pulled };
    since = upTo;
  }
}

function openOne(session: Session, op: PulledOp): Promise<RemoteOp> {
  return openOp(session.ring, session.membership.workspaceId, op).then((payload) => ({
    opId: op.opId,
    recordId: op.recordId,
    parents: op.parents,
    rev: op.rev,
    memberId: op.memberId,
    at: op.at,
    payload,
  }));
}

function refusal(op: { rev: number; opId: string; memberId: string }, error: SealError): SyncChangeRefusedError {
  return new SyncChangeRefusedError(op.rev, op.opId, op.memberId, error.reason, error.message);
}

/**
 * The texts the versions among `ops` cite: those the replica has, the rest fetched and opened.
 * A text the server lacks or that does not open refuses the first version citing it.
 */
async function fetchTexts(session: Session, ops: readonly RemoteOp[]): Promise<{ texts: Map<string, string>; refused: SyncChangeRefusedError | null }> {
  const cited = [...new Set(ops.flatMap((op) => (op.payload.kind === 'version' ? op.payload.clauses.map((clause) => clause.blob) : [])))];
  const texts = new Map<string, string>();
  if (cited.length === 0) return { texts, refused: null };
  for (const [id, text] of await session.replica.clauseTexts(cited)) texts.set(id, text);
  const wanted = cited.filter((id) => !texts.has(id));
  const bad = new Map<string, { reason: 'text-missing' | 'text-refused'; detail: string }>();
  for (let start = 0; start < wanted.length; start += TEXTS_PER_GET) {
    const ids = wanted.slice(start, start + TEXTS_PER_GET);
    const asked = new Set(ids);
    for (const blob of await session.transport.getBlobs(ids)) {
      if (!asked.has(blob.id) || texts.has(blob.id)) continue;
      try {
        texts.set(blob.id, await openBlob(session.ring, session.membership.workspaceId, blob));
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
        bad.set(blob.id, { reason: 'text-refused', detail: `A clause text it cites was refused: ${error.message}` });
      }
    }
  }
  for (const id of wanted) {
    if (!texts.has(id) && !bad.has(id)) bad.set(id, { reason: 'text-missing', detail: 'A clause text it cites is not on the server.' });
  }
  if (bad.size === 0) return { texts, refused: null };
  const first = ops.find((op) => op.payload.kind === 'version' && op.payload.clauses.some((clause) => bad.has(clause.blob)))!;
  const cause = first.payload.kind === 'version' ? bad.get(first.payload.clauses.find((clause) => bad.has(clause.blob))!.blob)! : null;
  return { texts, refused: new SyncChangeRefusedError(first.rev, first.opId, first.memberId, cause!.reason, cause!.detail) };
}
