import { IMPORT_LIMITS } from './limits.js';

/**
 * A small, strict-enough XML reader for the parts of a Word file (document.xml, numbering.xml,
 * styles.xml). It builds a tree of elements with their attributes and text; it does not resolve
 * namespaces (names keep their prefix, "w:p"), DTDs or external entities — nothing is fetched
 * and nothing is expanded beyond the five predefined entities and character references.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Thrown on markup that is not well-formed enough to read; callers turn it into an InputError. */
export class XmlError extends Error {}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return codePoint(Number.parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return codePoint(Number.parseInt(ref.slice(1), 10), whole);
    return PREDEFINED[ref] ?? whole;
  });
}

function codePoint(n: number, fallback: string): string {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : fallback;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/**
 * Parses a whole XML document; returns its root element. Elements may nest at most `maxDepth`
 * deep, so the recursive walks over the tree never run out of stack on a crafted file.
 */
export function parseXml(source: string, maxDepth = IMPORT_LIMITS.maxXmlDepth, maxElements = IMPORT_LIMITS.maxXmlElements): XmlElement {
  let elements = 0;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const text = source.slice(i, textEnd);
      if (stack.length > 1) stack[stack.length - 1]!.children.push(decodeXmlEntities(text));
    }
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) throw new XmlError('unterminated comment');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlError('unterminated CDATA section');
      stack[stack.length - 1]!.children.push(source.slice(lt + 9, end));
      i = end + 3;
    } else if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('unterminated processing instruction');
      i = end + 2;
    } else if (source.startsWith('<!', lt)) {
      // a DOCTYPE (with an internal subset in brackets, which is skipped, not honoured)
      let depth = 0;
      let j = lt + 2;
      for (; j < n; j++) {
        const c = source[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      i = j + 1;
    } else if (source[lt + 1] === '/') {
      const end = source.indexOf('>', lt);
      if (end < 0) throw new XmlError('unterminated end tag');
      const name = source.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`unexpected </${name}>`);
      i = end + 1;
    } else {
      const end = tagEnd(source, lt);
      if (end < 0) throw new XmlError('unterminated tag');
      let body = source.slice(lt + 1, end);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const space = body.search(/\s/);
      const name = space < 0 ? body : body.slice(0, space);
      if (name === '') throw new XmlError('empty tag name');
      const attrs: Record<string, string> = {};
      if (space >= 0) {
        for (const m of body.slice(space).matchAll(ATTRIBUTE)) attrs[m[1]!] = decodeXmlEntities(m[3] ?? m[4] ?? '');
      }
      // every element counts, empty ones too: a part of nothing but <w:p/> is work all the same
      if (++elements > maxElements) throw new XmlError(`more than ${maxElements} elements`);
      const element: XmlElement = { name, attrs, children: [] };
      stack[stack.length - 1]!.children.push(element);
      if (!selfClosing) {
        if (stack.length > maxDepth) throw new XmlError(`elements nested more than ${maxDepth} deep`);
        stack.push(element);
      }
      i = end + 1;
    }
  }
  if (stack.length > 1) throw new XmlError(`<${stack[stack.length - 1]!.name}> is not closed`);
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlError('no root element');
  return top;
}

/** Index of the '>' closing the tag opened at `lt`, skipping quoted attribute values. */
function tagEnd(source: string, lt: number): number {
  let quote = '';
  for (let j = lt + 1; j < source.length; j++) {
    const c = source[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The first descendant with this name, depth first. */
export function findDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const found = findDescendant(c, name);
    if (found) return found;
  }
  return undefined;
}

/** `w:val` of a child element ("<w:numFmt w:val="decimal"/>" → "decimal"). */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return firstChild(element, name)?.attrs['w:val'];
}
