import { toRoman } from '../parse/ordinals.js';
import { IMPORT_LIMITS } from './limits.js';
/**
 * HTML → text with the document's structure: one paragraph per block (p, div, li, h1–h6, tr,
 * blockquote …) separated by blank lines, <br> as a line break, headings on their own line,
 * ordered-list items with the number a browser would show, table rows as "cell | cell".
 *
 * The markup is data: a small tokenizer reads it, nothing is executed or fetched. The contents of
 * script, style, template, noscript, iframe, svg and the head's title are dropped whole; comments,
 * attributes (event handlers included) and images are never text.
 */

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = Element | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
/** Elements whose whole content is dropped, read as raw text up to their end tag. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'title', 'xmp', 'svg', 'math', 'object', 'select']);
/** Raw text kept as text (entities decoded). */
const RCDATA = new Set(['textarea']);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'listing',
]);

/** Start tags that close an open <p> (HTML's implied end tags, the common cases). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'ul', 'dd', 'dt', 'listing',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '–', mdash: '—', minus: '−', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', sect: '§', para: '¶', copy: '©', reg: '®',
  trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²',
  sup3: '³', micro: 'µ', euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', iexcl: '¡', iquest: '¿', dagger: '†',
  Dagger: '‡', permil: '‰', prime: '′', Prime: '″', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', le: '≤', ge: '≥',
  ne: '≠', asymp: '≈', infin: '∞', ordf: 'ª', ordm: 'º', not: '¬', macr: '¯', acute: '´', cedil: '¸', uml: '¨', brvbar: '¦',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É',
  Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô',
  Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', szlig: 'ß', agrave: 'à',
  aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê',
  euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', OElig: 'Œ', oelig: 'œ',
  Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
};

/** Windows-1252 meanings that HTML gives to numeric references 0x80–0x9F. */
const C1_REMAP: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      let n = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      n = C1_REMAP[n] ?? n;
      if (!Number.isFinite(n) || n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(n);
    }
    const named = NAMED_ENTITIES[ref];
    if (named === undefined) return whole;
    // only the legacy entities may omit their semicolon; others are kept as written
    return whole.endsWith(';') || ['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg'].includes(ref) ? named : whole;
  });
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Builds a forgiving element tree: unknown end tags are ignored, optional end tags implied. */
function parseHtml(source: string): Element {
  const root: Element = { name: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const top = (): Element => stack[stack.length - 1]!;
  const closeUpTo = (name: string, boundary: readonly string[] = []): void => {
    for (let k = stack.length - 1; k > 0; k--) {
      const open = stack[k]!.name;
      if (open === name) {
        stack.length = k;
        return;
      }
      if (boundary.includes(open)) return;
    }
  };
  const isOpen = (name: string, boundary: readonly string[]): boolean => {
    for (let k = stack.length - 1; k > 0; k--) {
      if (stack[k]!.name === name) return true;
      if (boundary.includes(stack[k]!.name)) return false;
    }
    return false;
  };

  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0 || lt > i) top().children.push(decodeHtmlEntities(source.slice(i, lt < 0 ? n : lt)));
    if (lt < 0) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (source[i + 1] === '!' || source[i + 1] === '?') {
      // doctype, CDATA in foreign content, processing instructions: not text
      if (source.startsWith('<![CDATA[', i)) {
        const end = source.indexOf(']]>', i);
        top().children.push(source.slice(i + 9, end < 0 ? n : end));
        i = end < 0 ? n : end + 3;
      } else {
        const end = source.indexOf('>', i);
        i = end < 0 ? n : end + 1;
      }
      continue;
    }
    const endTag = source[i + 1] === '/';
    const nameMatch = /^[A-Za-z][^\s/>]*/.exec(source.slice(i + (endTag ? 2 : 1), i + (endTag ? 2 : 1) + 64));
    if (!nameMatch) {
      // a lone "<" is text
      top().children.push('<');
      i++;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const end = tagEnd(source, i + 1);
    const body = source.slice(i + 1 + (endTag ? 1 : 0) + nameMatch[0].length, end < 0 ? n : end);
    i = end < 0 ? n : end + 1;
    if (endTag) {
      if (name === 'p' && !isOpen('p', ['table', 'td', 'th', 'li'])) continue;
      if (name === 'br') {
        top().children.push({ name: 'br', attrs: {}, children: [] });
        continue;
      }
      closeUpTo(name);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const m of body.matchAll(ATTRIBUTE)) {
      const key = m[1]!.toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeHtmlEntities(m[2] ?? m[3] ?? m[4] ?? '');
    }
    if (DROPPED.has(name) || RCDATA.has(name)) {
      // searched from i in place: slicing the rest of the source for each of many <script>
      // tags would make a crafted page quadratic
      const closing = new RegExp(`</${name}[\\s/>]`, 'gi');
      closing.lastIndex = i;
      const close = closing.exec(source);
      const contentEnd = close ? close.index : n;
      if (RCDATA.has(name)) top().children.push({ name, attrs, children: [decodeHtmlEntities(source.slice(i, contentEnd))] });
      const after = close ? source.indexOf('>', contentEnd) : -1;
      i = after < 0 ? n : after + 1;
      continue;
    }
    // implied end tags
    if (CLOSES_P.has(name) && isOpen('p', ['table', 'td', 'th', 'li', 'div', 'blockquote', 'section', 'article'])) closeUpTo('p');
    if (name === 'li') closeUpTo('li', ['ol', 'ul', 'menu', 'dir']);
    if (name === 'dt' || name === 'dd') {
      closeUpTo('dt', ['dl']);
      closeUpTo('dd', ['dl']);
    }
    if (name === 'td' || name === 'th') {
      closeUpTo('td', ['tr', 'table']);
      closeUpTo('th', ['tr', 'table']);
    }
    if (name === 'tr') closeUpTo('tr', ['table']);
    if (name === 'option') closeUpTo('option', ['select']);
    const element: Element = { name, attrs, children: [] };
    top().children.push(element);
    // Past the depth limit an element opens nothing (as browsers cap the DOM's depth): what
    // follows stays at this depth, so the recursive walks below never exhaust the stack.
    if (!VOID.has(name) && !body.trimEnd().endsWith('/') && stack.length <= IMPORT_LIMITS.maxXmlDepth) stack.push(element);
  }
  return root;
}

function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let j = from; j < source.length; j++) {
    const c = source[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // quotes matter only inside an attribute value (after "=")
      if (/=\s*$/.test(source.slice(Math.max(from, j - 8), j))) quote = c;
    } else if (c === '>') return j;
  }
  return -1;
}

/** Accumulates paragraphs of lines; whitespace collapses as a browser would outside <pre>. */
class TextWriter {
  readonly paragraphs: string[] = [];
  private lines: string[] = [];
  private line = '';

  text(s: string, pre: boolean): void {
    if (pre) {
      const parts = s.replace(/\r\n?/g, '\n').split('\n');
      parts.forEach((part, k) => {
        if (k > 0) this.lineBreak();
        this.line += part;
      });
      return;
    }
    this.line += s.replace(/[ \t\n\r\f]+/g, ' ');
  }

  lineBreak(): void {
    this.lines.push(this.line);
    this.line = '';
  }

  paragraph(): void {
    this.lineBreak();
    const lines = this.lines.map((l) => l.replace(/\u00ad/g, '').replace(/[ \t\u00a0]+/g, ' ').trim()).filter((l) => l !== '');
    if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
    this.lines = [];
  }
}

function listMarker(n: number, type: string): string {
  switch (type) {
    case 'a':
      return `${letter(n)}.`;
    case 'A':
      return `${letter(n).toUpperCase()}.`;
    case 'i':
      return `${roman(n).toLowerCase()}.`;
    case 'I':
      return `${roman(n)}.`;
    default:
      return `${n}.`;
  }
}

function letter(n: number): string {
  if (n <= 0) return String(n);
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** Upper-case Roman numeral (the parser's own converter); out of range, the plain number. */
function roman(n: number): string {
  return n <= 0 || n >= 4000 ? String(n) : toRoman(n).toUpperCase();
}

function listStyleNone(element: Element): boolean {
  return /list-style(-type)?\s*:\s*none/i.test(element.attrs['style'] ?? '');
}

function hasBlockDescendant(element: Element): boolean {
  return element.children.some((c) => typeof c !== 'string' && (BLOCK.has(c.name) || c.name === 'br' || hasBlockDescendant(c)));
}

function cellText(element: Element): string {
  const writer = new TextWriter();
  const walk = (node: Node): void => {
    if (typeof node === 'string') writer.text(node, false);
    else node.children.forEach(walk);
  };
  walk(element);
  writer.paragraph();
  return writer.paragraphs.join(' ');
}

interface ListState {
  ordered: boolean;
  next: number;
  type: string;
  marked: boolean;
}

export function htmlToText(source: string): string {
  const root = parseHtml(source);
  const writer = new TextWriter();
  const lists: ListState[] = [];

  const walk = (node: Node, pre: boolean): void => {
    if (typeof node === 'string') {
      writer.text(node, pre);
      return;
    }
    const name = node.name;
    if (name === 'br') {
      writer.lineBreak();
      return;
    }
    if (name === 'img' || name === 'input' || name === 'button') return;
    const cells = name === 'tr' ? node.children.filter((c): c is Element => typeof c !== 'string' && (c.name === 'td' || c.name === 'th')) : [];
    if (name === 'tr' && cells.every((cell) => !hasBlockDescendant(cell))) {
      // a row of simple cells: one line, "cell | cell"
      writer.paragraph();
      writer.text(cells.map(cellText).filter((t) => t !== '').join(' | '), false);
      writer.paragraph();
      return;
    }
    const block = BLOCK.has(name);
    if (block) writer.paragraph();
    if (name === 'ol' || name === 'ul' || name === 'menu' || name === 'dir') {
      const ordered = name === 'ol';
      const start = Number.parseInt(node.attrs['start'] ?? '', 10);
      const reversed = 'reversed' in node.attrs;
      lists.push({ ordered, next: Number.isFinite(start) ? start : 1, type: node.attrs['type'] ?? '1', marked: !listStyleNone(node) });
      if (reversed && !Number.isFinite(start)) lists[lists.length - 1]!.next = node.children.filter((c) => typeof c !== 'string' && c.name === 'li').length;
      node.children.forEach((c) => walk(c, pre));
      lists.pop();
      writer.paragraph();
      return;
    }
    if (name === 'li') {
      const list = lists[lists.length - 1];
      if (list && list.marked && !listStyleNone(node)) {
        if (list.ordered) {
          const value = Number.parseInt(node.attrs['value'] ?? '', 10);
          const n = Number.isFinite(value) ? value : list.next;
          writer.text(`${listMarker(n, node.attrs['type'] ?? list.type)} `, false);
          list.next = n + 1;
        } else {
          writer.text('• ', false);
        }
      }
    }
    node.children.forEach((c) => walk(c, pre || name === 'pre' || name === 'textarea' || name === 'listing' || name === 'plaintext'));
    if (block) writer.paragraph();
    else if (name === 'td' || name === 'th') writer.text(' ', false);
  };
  walk(root, false);
  writer.paragraph();
  return writer.paragraphs.join('\n\n');
}

/** Does this text look like HTML (a doctype, an <html>/<body>/<head> tag, or common block tags)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^<!doctype\s+html/i.test(head)) return true;
  if (/^<(html|head|body)[\s>]/i.test(head)) return true;
  if (/^<\?xml[^>]*>\s*<html[\s>]/i.test(head)) return true;
  if (/^<!--/.test(head) && /<(html|body|head)[\s>]/i.test(head)) return true;
  if (/^<(p|div|h[1-6]|ol|ul|table|section|article|meta|title|style|script|span)[\s>]/i.test(head)) return true;
  return false;
}
