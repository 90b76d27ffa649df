/**
 * Content hash for clause records: 64-bit FNV-1a over UTF-16 code units, as 16 hex digits.
 * Not cryptographic; it only has to tell clause contents apart within one workspace, where a
 * collision would need two of a few thousand strings to meet in 2^64.
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x2545f491) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
