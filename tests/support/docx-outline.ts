import { strFromU8, unzipSync } from 'fflate';

const decode = (x: string) => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * A Word file as a reader sees it, one line per paragraph: its style, its text with tracked
 * insertions as {+…+} and deletions as [-…-], bold runs as **…**, and a tracked paragraph mark as
 * ¶+ or ¶-. Each revision's author and date are listed once at the end, and the text of every
 * page header, so one readable file shows everything the document carries.
 */
export function docxOutline(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const lines: string[] = [];
  const revisions = new Set<string>();
  for (const [, plain, attributed] of xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)) {
    const paragraph = plain ?? attributed ?? '';
    const style = /<w:pStyle w:val="([^"]*)"/.exec(paragraph)?.[1] ?? 'Normal';
    const markOf = /<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:(ins|del) ([^>]*)\/>/.exec(paragraph.slice(0, paragraph.indexOf('<w:r>') >= 0 ? paragraph.indexOf('<w:r>') : undefined));
    let text = '';
    for (const [run, kind, attrs, inner] of paragraph.matchAll(/<w:(ins|del) ([^>]*[^/])>([\s\S]*?)<\/w:\1>|<w:r>[\s\S]*?<\/w:r>/g)) {
      if (kind) {
        revisions.add(revisionOf(attrs!));
        const words = decode([...inner!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join(''));
        text += kind === 'ins' ? `{+${words}+}` : `[-${words}-]`;
      } else {
        const words = decode([...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
        text += /<w:b\/>|<w:b w:val="true"\/>/.test(run) ? `**${words}**` : words;
      }
    }
    if (markOf) revisions.add(revisionOf(markOf[2]!));
    lines.push(`${style}: ${text}${markOf ? (markOf[1] === 'ins' ? ' ¶+' : ' ¶-') : ''}`);
  }
  const headers = Object.keys(files)
    .filter((name) => /^word\/header\d*\.xml$/.test(name))
    .sort()
    .map((name) => `${name}: ${decode([...strFromU8(files[name]!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))}`);
  return [...lines, '', `revisions by: ${[...revisions].sort().join('; ') || 'none'}`, ...headers, ''].join('\n');
}

function revisionOf(attrs: string): string {
  return `${/w:author="([^"]*)"/.exec(attrs)?.[1] ?? '?'} on ${/w:date="([^"]*)"/.exec(attrs)?.[1] ?? '?'}`;
}
