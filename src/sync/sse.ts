import type { ByteReader } from './fetch.js';

/**
 * Server-sent events read from a byte stream (the part of the WHATWG event-stream format the
 * sync server writes): `event:` and `data:` lines, a blank line ending each event, lines starting
 * with ':' (keep-alive comments) ignored. Bytes are cut into lines before they are decoded; a
 * newline byte never stands inside a UTF-8 character, so no character is split.
 */
export interface ServerEvent {
  /** the event's name; 'message' when the server gave none */
  readonly event: string;
  readonly data: string;
}

const LF = 0x0a;
const decoder = new TextDecoder('utf-8');

export async function* readServerEvents(reader: ByteReader): AsyncGenerator<ServerEvent> {
  let buffer: Uint8Array = new Uint8Array(0);
  let event = '';
  let data: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (!value || value.length === 0) continue;
    buffer = joined(buffer, value);
    let start = 0;
    for (let at = buffer.indexOf(LF); at >= 0; at = buffer.indexOf(LF, start)) {
      const line = decoder.decode(buffer.subarray(start, at)).replace(/\r$/, '');
      start = at + 1;
      if (line === '') {
        if (data.length > 0 || event) yield { event: event || 'message', data: data.join('\n') };
        event = '';
        data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const content = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = content;
      else if (field === 'data') data.push(content);
    }
    buffer = buffer.slice(start);
  }
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
