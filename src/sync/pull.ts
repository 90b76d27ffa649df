import type { PulledOp } from '../model/sync.js';
import { openBlob } from './blob-seal.js';
import { openOp } from './op-seal.js';
import { refreshKeys } from './key-refresh.js';
import type { RemoteOp } from './replica.js';
import { SealError } from './seal-error.js';
import type { Session } from './session.js';
import { IMPORT_LIMITS } from '../import/limits.js';
import { SyncChangeRefusedError, SyncProtocolError, type ChangeRefusal } from './sync-errors.js';

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
    const stop = texts.refused?.opId ?? texts.cutBefore;
    const usable = stop ? opened.slice(0, opened.findIndex((op) => op.opId === stop)) : opened;
    const upTo = usable.length > 0 ? usable[usable.length - 1]!.rev : since;
    if (usable.length > 0) await session.replica.apply(usable, texts.texts, upTo);
    pulled += usable.length;
    if (texts.refused) throw texts.refused;
    // the rest of the page comes again in the next one, from where this one stopped
    if (texts.cutBefore) {
      since = upTo;
      continue;
    }
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
 * Bounds on the clause texts a pull brings in. A version's texts past what one imported document
 * may yield (src/import/limits.ts) cannot have come from a draft: the version is refused. A page
 * of versions stops taking texts past PAGE_TEXT_CHARS and goes on from there in the next page, so
 * a member cannot make another's browser hold gigabytes at once.
 */
export const VERSION_TEXT_CHARS = IMPORT_LIMITS.maxTextChars;
export const PAGE_TEXT_CHARS = 2 * IMPORT_LIMITS.maxTextChars;

interface Texts {
  texts: Map<string, string>;
  refused: SyncChangeRefusedError | null;
  /** the first version left for the next page (its texts past the page's bound), or null */
  cutBefore: string | null;
}

/**
 * The texts the versions among `ops` cite, version by version: those the replica has, the rest
 * fetched and opened. A text the server lacks or that does not open, or a version whose texts
 * pass VERSION_TEXT_CHARS, refuses that version.
 */
async function fetchTexts(session: Session, ops: readonly RemoteOp[]): Promise<Texts> {
  const texts = new Map<string, string>();
  const cited = [...new Set(ops.flatMap((op) => (op.payload.kind === 'version' ? op.payload.clauses.map((clause) => clause.blob) : [])))];
  if (cited.length === 0) return { texts, refused: null, cutBefore: null };
  for (const [id, text] of await session.replica.clauseTexts(cited)) texts.set(id, text);
  let pageChars = 0;
  let versions = 0;
  for (const op of ops) {
    if (op.payload.kind !== 'version') continue;
    const refuse = (reason: ChangeRefusal, detail: string): Texts => ({ texts, refused: new SyncChangeRefusedError(op.rev, op.opId, op.memberId, reason, detail), cutBefore: null });
    const ids = [...new Set(op.payload.clauses.map((clause) => clause.blob))];
    const wanted = ids.filter((id) => !texts.has(id));
    let versionChars = ids.reduce((sum, id) => sum + (texts.get(id)?.length ?? 0), 0);
    const tooLarge = () => refuse('too-large', `Its clause texts pass ${VERSION_TEXT_CHARS.toLocaleString('en')} characters, more than any draft this app imports.`);
    // this member's own versions, coming back numbered, are held here already: no bound for them
    const bounded = op.memberId !== session.membership.memberId;
    if (bounded && versionChars > VERSION_TEXT_CHARS) return tooLarge();
    for (let start = 0; start < wanted.length; start += TEXTS_PER_GET) {
      const batch = wanted.slice(start, start + TEXTS_PER_GET);
      const asked = new Set(batch);
      for (const blob of await session.transport.getBlobs(batch)) {
        if (!asked.has(blob.id) || texts.has(blob.id)) continue;
        let text: string;
        try {
          text = await openBlob(session.ring, session.membership.workspaceId, blob);
        } catch (error) {
          if (!(error instanceof SealError)) throw error;
          return refuse('text-refused', `A clause text it cites was refused: ${error.message}`);
        }
        texts.set(blob.id, text);
        versionChars += text.length;
        pageChars += text.length;
      }
      if (bounded && versionChars > VERSION_TEXT_CHARS) return tooLarge();
      // a page past its bound: this version waits for the next pull, unless it is the first
      if (bounded && pageChars > PAGE_TEXT_CHARS && versions > 0) return { texts, refused: null, cutBefore: op.opId };
    }
    if (ids.some((id) => !texts.has(id))) return refuse('text-missing', 'A clause text it cites is not on the server.');
    versions += 1;
  }
  return { texts, refused: null, cutBefore: null };
}
