import { html } from 'lit';
import { builtInCatalogue } from '../../src/concerns/catalogue.js';
import { CategoryIdSchema } from '../../src/model/finding.js';
import type { ChangeKind } from '../../src/model/comparison.js';
import { IGNORE_OPTIONS, type IgnoreOption } from '../../src/model/options.js';
import type { Audience } from '../../src/report/audience.js';
import type { ReportFormat } from '../../src/report/options.js';
import type { CompareMode } from '../compare-view/compare-view.js';

const KINDS: ('all' | ChangeKind)[] = ['all', 'modified', 'added', 'removed', 'split', 'merged', 'unchanged'];

const MODES: [CompareMode | 'issues', string][] = [
  ['side-by-side', 'Side by side'],
  ['inline', 'Inline redline'],
  ['changes', 'Change list'],
  ['issues', 'Issues list'],
];

const REPORT_FORMATS: [ReportFormat, string][] = [
  ['html', 'HTML (prints to PDF)'],
  ['docx', 'Word, tracked changes'],
  ['markdown', 'Markdown'],
  ['json', 'JSON'],
  ['csv', 'CSV of changes'],
  ['csv-findings', 'CSV of concerns'],
];

export interface ToolbarProps {
  /** the view shown: a comparison mode, or the issues list */
  shown: CompareMode | 'issues';
  /** side by side cannot be chosen (a phone-sized window) */
  sideBySideOff: boolean;
  kindFilter: 'all' | ChangeKind;
  categoryFilter: string;
  ignore: ReadonlySet<IgnoreOption>;
  reportFormat: ReportFormat;
  audience: Audience;
  canAnnotate: boolean;
  /** a reader of a shared workspace: no Annotate */
  readOnly?: boolean;
  onMode(mode: CompareMode | 'issues'): void;
  onKind(kind: 'all' | ChangeKind): void;
  onCategory(category: string): void;
  onIgnore(option: IgnoreOption, on: boolean): void;
  onReportFormat(format: ReportFormat): void;
  onAudience(audience: Audience): void;
  onDownload(): void;
  onAnnotate(): void;
}

const valueOf = (e: Event) => (e.target as HTMLSelectElement).value;

/** The comparison's options: view, filters, what to ignore, the report, and Annotate. Renders only. */
export function toolbarView(p: ToolbarProps) {
  return html`<div class="toolbar" role="toolbar" aria-label="Comparison options">
    <fieldset class="modes">
      <legend>View</legend>
      ${MODES.map(
        ([mode, label]) =>
          html`<label
            ><input
              type="radio"
              name="mode"
              value=${mode}
              ?disabled=${mode === 'side-by-side' && p.sideBySideOff}
              .checked=${p.shown === mode}
              @change=${() => p.onMode(mode)}
            />${label}</label
          >`,
      )}
    </fieldset>
    <label>Kind
      <select class="kind-filter" @change=${(e: Event) => p.onKind(valueOf(e) as 'all' | ChangeKind)}>
        ${KINDS.map((k) => html`<option value=${k} ?selected=${k === p.kindFilter}>${k}</option>`)}
      </select>
    </label>
    <label>Concern
      <select class="category-filter" @change=${(e: Event) => p.onCategory(valueOf(e))}>
        <option value="all">all</option>
        ${CategoryIdSchema.options.map((id) => html`<option value=${id} ?selected=${id === p.categoryFilter}>${builtInCatalogue().categories.find((c) => c.id === id)?.name ?? id}</option>`)}
      </select>
    </label>
    <fieldset class="ignore">
      <legend>Ignore</legend>
      ${IGNORE_OPTIONS.map(
        (o) => html`<label><input type="checkbox" .checked=${p.ignore.has(o)} @change=${(e: Event) => p.onIgnore(o, (e.target as HTMLInputElement).checked)} />${o}</label>`,
      )}
    </fieldset>
    <label>Report
      <select @change=${(e: Event) => p.onReportFormat(valueOf(e) as ReportFormat)}>
        ${REPORT_FORMATS.map(([f, label]) => html`<option value=${f} ?selected=${f === p.reportFormat}>${label}</option>`)}
      </select>
    </label>
    <label>For
      <select class="audience" @change=${(e: Event) => p.onAudience(valueOf(e) as Audience)}>
        <option value="counterparty" ?selected=${p.audience === 'counterparty'}>the other side: redline only</option>
        <option value="internal" ?selected=${p.audience === 'internal'}>us: internal report</option>
      </select>
    </label>
    <button type="button" @click=${p.onDownload}>Download</button>
    ${p.readOnly
      ? html`<span class="keys">Keys: n / p next and previous change</span>`
      : html`<button type="button" class="annotate" ?disabled=${!p.canAnnotate} aria-keyshortcuts="a" @click=${p.onAnnotate}>Annotate</button>
          <span class="keys">Keys: n / p next and previous change, a annotate the selection</span>`}
  </div>`;
}
