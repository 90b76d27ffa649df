import type { SyncPayload } from '../model/sync-payload.js';

/**
 * A shared workspace's records travel under the ids of the browser that made them. Another
 * browser may already use such an id for a record of its own (every browser seeds the sample
 * workspace with the same version ids; a member could also choose ids on purpose): such a record
 * gets a local id of its own here, and the map below turns ids from shared to local on the way in
 * and back on the way out. Ids that meet nothing stay as they are (the map holds only the others).
 */
export type IdMap = Readonly<Record<string, string>>;

type IdKind = 'version' | 'annotation';
const key = (kind: IdKind, id: string) => `${kind}:${id}`;

/** The local id of a shared one (itself, unless mapped). */
export const localId = (map: IdMap, kind: IdKind, shared: string): string => map[key(kind, shared)] ?? shared;

/** The shared id of a local one (itself, unless it was mapped). */
export function sharedId(map: IdMap, kind: IdKind, local: string): string {
  for (const [entry, mapped] of Object.entries(map)) if (mapped === local && entry.startsWith(`${kind}:`)) return entry.slice(kind.length + 1);
  return local;
}

/** A new local id for a shared id that meets a record of another workspace here. */
export const freshLocalId = (shared: string): string => `${shared}~${crypto.randomUUID().slice(0, 8)}`;

export const mapEntry = (kind: IdKind, shared: string, local: string): [string, string] => [key(kind, shared), local];

/** A payload with its ids turned by `turn` (shared → local, or local → shared). */
function withIds(payload: SyncPayload, turn: (kind: IdKind, id: string) => string): SyncPayload {
  switch (payload.kind) {
    case 'version':
      return { ...payload, id: turn('version', payload.id), parent: payload.parent === null ? null : turn('version', payload.parent) };
    case 'annotation':
      return { ...payload, id: turn('annotation', payload.id), versionId: turn('version', payload.versionId) };
    case 'deleted':
      return { ...payload, id: turn(payload.of, payload.id) };
    default:
      return payload;
  }
}

export const toLocal = (payload: SyncPayload, map: IdMap): SyncPayload => withIds(payload, (kind, id) => localId(map, kind, id));
export const toShared = (payload: SyncPayload, map: IdMap): SyncPayload => withIds(payload, (kind, id) => sharedId(map, kind, id));
