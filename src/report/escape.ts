/** Document text is data: every report escapes it for the markup it lands in. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/**
 * Markdown renderers pass raw HTML through, so &, < and > become entities first; then the
 * characters that would start Markdown syntax, or close CriticMarkup, are backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`)
    .replace(/([\\`*_{}[\]()#+\-!|~])/g, '\\$1');
}
