import { ComparisonSchema, type Comparison } from '../model/comparison.js';
import { inSchemaOrder } from '../model/schema-order.js';
import { defaultAudience, forAudience, INTERNAL_MARK } from './audience.js';
import { headerNames } from './contents.js';
import { BOM } from './csv.js';
import { escapeHtml } from './escape.js';
import type { ReportFormat, ReportOptions } from './options.js';
import { renderReport } from './render.js';

/**
 * A whole negotiation in one report: each version compared with the one before, round by
 * round, in every format. Each round is the report `compare` writes for that pair; what the
 * audience may see is settled per round, as for a single comparison.
 */
export interface HistoryRound {
  comparison: Comparison;
  options: ReportOptions;
}

export async function renderHistory(rounds: readonly HistoryRound[], format: ReportFormat, audienceOf: ReportOptions['audience'] = undefined): Promise<string | Uint8Array> {
  const audience = audienceOf ?? defaultAudience(format);
  const withAudience = rounds.map((r) => ({ comparison: r.comparison, options: { ...r.options, audience } }));
  // each round named as its own report names its versions
  const names = (r: HistoryRound) => headerNames(r.comparison, r.options).join(' → ');
  const title = (r: HistoryRound, k: number) => `Round ${k + 1}: ${names(r)}`;
  switch (format) {
    case 'text':
      return withAudience.map((r, k) => `${'='.repeat(8)} ${title(r, k)} ${'='.repeat(8)}\n${renderReport(r.comparison, 'text', r.options)}`).join('\n');
    case 'markdown':
      // each round's report under its own title: "# Round 2: Ukraine's revision → Joint text"
      return withAudience.map((r, k) => renderReport(r.comparison, 'markdown', r.options).replace(/^# Comparison: /u, `# Round ${k + 1}: `)).join('\n---\n\n');
    case 'html':
      return historyHtml(
        withAudience.map((r) => renderReport(r.comparison, 'html', r.options)),
        withAudience.map(title),
        rounds.length ? `${headerNames(rounds[0]!.comparison, rounds[0]!.options)[0]} → ${headerNames(rounds.at(-1)!.comparison, rounds.at(-1)!.options)[1]}` : '',
        audience === 'internal',
      );
    case 'json':
      return `${JSON.stringify(
        {
          format: 'counterdraft/history',
          version: 1,
          rounds: withAudience.map((r) => {
            const visible = forAudience(r.comparison, r.options, audience);
            return { old: r.options.oldMeta?.label ?? null, new: r.options.newMeta?.label ?? null, comparison: inSchemaOrder(ComparisonSchema, audience === 'counterparty' ? { ...visible.comparison, audience } : visible.comparison) };
          }),
        },
        null,
        2,
      )}\n`;
    case 'csv':
    case 'csv-findings': {
      // one table: each round's rows under a first column naming the round
      const tables = withAudience.map((r) => renderReport(r.comparison, format, r.options).replace(BOM, '').split('\r\n').filter(Boolean));
      const header = `round,${tables[0]?.[0] ?? ''}`;
      const rows = tables.flatMap((lines, k) => lines.slice(1).map((line) => `${k + 1},${line}`));
      return `${BOM}${[header, ...rows].map((line) => `${line}\r\n`).join('')}`;
    }
    case 'docx': {
      const { historyDocx } = await import('./history-docx.js');
      return historyDocx(withAudience, withAudience.map(title));
    }
  }
}

/**
 * One page holding every round's report: the rounds' bodies, each under its title, one style and
 * one running header naming the whole negotiation (first draft → last) on every printed page.
 */
function historyHtml(pages: string[], titles: string[], span: string, internal: boolean): string {
  const head = /^[\s\S]*?<\/head>/u.exec(pages[0] ?? '')?.[0] ?? '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">\n<title></title>\n</head>';
  // the reports are this module's own output: their bodies are cut out of them as written
  const bodies = pages.map((page) => (/<body>\n([\s\S]*)\n<\/body>/u.exec(page)?.[1] ?? '').replace(/<p class="running"[^>]*>.*<\/p>\n?/u, ''));
  const running = `<p class="running" aria-hidden="true">${internal ? `${INTERNAL_MARK} · ` : ''}History of ${roundCount(titles.length)}${span ? `: ${escapeHtml(span)}` : ''}</p>`;
  const sections = bodies.map((body, k) => `<section class="round${k > 0 ? ' article' : ''}">\n<p class="flags">${escapeHtml(titles[k]!)}</p>\n${body}\n</section>`);
  return `${head.replace(/<title>[^<]*<\/title>/u, `<title>History: ${roundCount(titles.length)}</title>`)}
<body>
${running}
${sections.join('\n')}
</body>
</html>
`;
}

/** "no rounds", "1 round", "3 rounds" */
export function roundCount(n: number): string {
  return n === 0 ? 'no rounds' : `${n} ${n === 1 ? 'round' : 'rounds'}`;
}
