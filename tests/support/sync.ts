import { generateKeyRing, type RawKeyRing } from '../../src/sync/key-ring.js';
import { importKeyRing, type KeyRing } from '../../src/sync/keys.js';

/** Ids in the protocol's forms, fresh each call. */
export const ids = {
  workspace: () => `sw-${crypto.randomUUID()}`,
  member: () => `m-${crypto.randomUUID()}`,
  op: () => `o-${crypto.randomUUID()}`,
};

export async function freshRing(): Promise<{ raw: RawKeyRing; ring: KeyRing }> {
  const raw = generateKeyRing();
  return { raw, ring: await importKeyRing(raw) };
}

/** The same base64url text with the byte at `index` of what it encodes flipped (xor 1). */
export function flipByte(text: string, index: number, decode: (t: string) => Uint8Array, encode: (b: Uint8Array) => string): string {
  const bytes = decode(text);
  bytes[index]! ^= 1;
  return encode(bytes);
}
