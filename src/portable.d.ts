// Web-standard globals that both Node (>= 11) and every browser provide. The core's tsconfig has
// no "dom" lib, so the few it may use are declared here, and nothing else slips in.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
