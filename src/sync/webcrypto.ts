/**
 * The few WebCrypto calls the sync core makes, typed here under our own names. The core compiles
 * without the DOM lib (and without Node's types), so neither declares `crypto` for it; declaring
 * the global ourselves would merge with the DOM's and Node's declarations in the app's compile.
 * A typed view of `globalThis.crypto` is the same object in both places and merges with nothing.
 * Node 20 and every current browser provide it; browsers only in a secure context (https or
 * localhost), which is why a missing `subtle` gets its own sentence.
 */

/** An opaque WebCrypto key. A browser's CryptoKey (or one read back from IndexedDB) fits it. */
export interface WebCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

export interface WebCryptoKeyPair {
  readonly privateKey: WebCryptoKey;
  readonly publicKey: WebCryptoKey;
}

/** An algorithm's parameters: a name and whatever that algorithm takes (iv, hash, salt, public…). */
export interface AlgorithmParams {
  readonly name: string;
  readonly [parameter: string]: unknown;
}

export interface Subtle {
  importKey(format: 'raw', keyData: Uint8Array, algorithm: AlgorithmParams, extractable: boolean, usages: readonly string[]): Promise<WebCryptoKey>;
  exportKey(format: 'raw', key: WebCryptoKey): Promise<ArrayBuffer>;
  generateKey(algorithm: AlgorithmParams, extractable: boolean, usages: readonly string[]): Promise<WebCryptoKeyPair>;
  encrypt(algorithm: AlgorithmParams, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AlgorithmParams, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  sign(algorithm: AlgorithmParams | string, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
  deriveBits(algorithm: AlgorithmParams, baseKey: WebCryptoKey, length: number): Promise<ArrayBuffer>;
  deriveKey(
    algorithm: AlgorithmParams,
    baseKey: WebCryptoKey,
    derivedKeyType: AlgorithmParams,
    extractable: boolean,
    usages: readonly string[],
  ): Promise<WebCryptoKey>;
}

interface WebCrypto {
  readonly subtle?: Subtle;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

function webCrypto(): WebCrypto {
  const found = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!found) throw new Error('This environment has no WebCrypto (globalThis.crypto), which team workspaces need.');
  return found;
}

/** crypto.subtle, or a sentence saying why it is missing. */
export function subtle(): Subtle {
  const found = webCrypto().subtle;
  if (!found) throw new Error('Team workspaces need a secure connection (https, or localhost): this page was opened without one, so the browser offers no encryption here.');
  return found;
}

/** n bytes from the platform's cryptographic random source. */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return webCrypto().getRandomValues(new Uint8Array(n));
}
