/** All non-whitespace characters, in order: what the parser promises every clause list keeps. */
export function ink(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** The input as the parser promises to keep it: Markdown heading marks are layout, not text. */
export function inkWithoutMarkdownMarks(text: string): string {
  return ink(
    text
      .split('\n')
      .map((line) => line.replace(/^\s*#{1,6}\s+(\S.*?)(\s+#+)?\s*$/u, '$1'))
      .join('\n'),
  );
}
