/** Document text is data: every report escapes it for the markup it lands in. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/**
 * Markdown renderers pass raw HTML through, so &, < and > become entities first; then the
 * characters that would start Markdown syntax, or close CriticMarkup, are backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`)
      // marks that act anywhere in a line: emphasis, code, links, tables, strike-through, and the
      // braces of CriticMarkup; a hyphen inside "us-draft-2025" means nothing and stays bare
      .replace(/([\\`*_{}[\]|~])/g, '\\$1')
      // marks that act only where a line starts, and there only before a space: headings, list
      // items, numbered items ("4.1" stays bare, "4. " does not); and a line of - or = alone,
      // which would rule a line or underline a heading
      .replace(/^(\s*)([#+-])(?=\s|$)/gmu, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/gmu, '$1\\$2')
      .replace(/^(\s*)([-=])(?=[-=\s]*$)/gmu, '$1\\$2')
  );
}
