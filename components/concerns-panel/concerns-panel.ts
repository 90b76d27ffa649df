import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { categoryOf } from '../../src/concerns/catalogue.js';
import type { TermRow } from '../../src/concerns/terms-table.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Finding, Severity, Stance } from '../../src/model/finding.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { clauseLabel } from '../../src/compare/citation.js';
import '../balance-chart/balance-chart.js';
import type { BalanceChartRow } from '../balance-chart/balance-chart.js';
import { concernsPanelStyles } from './concerns-panel.styles.js';

export interface FindingActivateDetail {
  finding: Finding;
}

/** The party whose side the concerns should take, or null for none. */
export interface PointOfViewDetail {
  we: string | null;
}

const STANCE_TEXT: Record<Stance, string> = { against: 'Against us', favour: 'In our favour', neutral: 'Neither side' };
const STANCE_ORDER: Record<Stance, number> = { against: 0, favour: 1, neutral: 2 };

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const SEVERITY_TEXT: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const SIDES = ['old', 'new', 'single'] as const;

/** Parties per version in the balance chart. */
export const CHART_PARTIES = 6;

/**
 * The concerns of one comparison: whole-document findings per version, clause findings (each a
 * button that asks the host to show the clause), key terms across versions, and the balance of
 * duties and rights.
 *
 * @fires cd-finding-activate - a clause- or change-level finding was chosen; detail {finding}
 * @fires cd-point-of-view - the reader chose whose side the concerns take; detail {we}
 */

@customElement('cd-concerns-panel')
export class CdConcernsPanel extends LitElement {
  static override styles = concernsPanelStyles;

  @property({ attribute: false }) comparison: Comparison | null = null;
  /** Key terms across versions (termsAcrossVersions). */
  @property({ attribute: false }) terms: TermRow[] = [];
  /** Column headers for the terms table, one per version, in order. */
  @property({ attribute: false }) versionNames: string[] = [];
  /** whether the terms table covers the pair compared or every version (the host loads them) */
  @property({ attribute: false }) termsScope: 'pair' | 'all' = 'pair';
  /** How the comparison's old and new versions are named; default: first and last of versionNames. */
  @property({ attribute: 'old-label' }) oldLabel: string | null = null;
  @property({ attribute: 'new-label' }) newLabel: string | null = null;
  /** The party whose side the findings take (their stance is set by the engine), or null. */
  @property({ attribute: false }) we: string | null = null;

  private sideName(side: Finding['version']): string {
    if (side === 'old') return this.oldLabel ?? this.versionNames[0] ?? 'Old version';
    if (side === 'new') return this.newLabel ?? this.versionNames[this.versionNames.length - 1] ?? 'New version';
    return this.versionNames[0] ?? 'This version';
  }

  private where(f: Finding): string {
    const c = this.comparison;
    if (!c || f.clause === null) return 'whole document';
    const version = f.version === 'old' ? c.old : c.new;
    const clause = version.clauses.find((x) => x.id === f.clause);
    return clause ? clauseLabel(clause) : f.clause;
  }

  private activate(finding: Finding) {
    this.dispatchEvent(
      new CustomEvent<FindingActivateDetail>('cd-finding-activate', { detail: { finding }, bubbles: true, composed: true }),
    );
  }

  private stance(finding: Finding) {
    if (!finding.stance) return nothing;
    // words as well as colour: the stance must read without it
    return html`<span class="stance stance-${finding.stance}">${STANCE_TEXT[finding.stance]}</span>`;
  }

  private choosePointOfView(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent<PointOfViewDetail>('cd-point-of-view', { detail: { we: value === '' ? null : value }, bubbles: true, composed: true }));
  }

  private renderPointOfView() {
    const c = this.comparison;
    if (!c) return nothing;
    const parties = [...new Set([...partiesOf(c.old), ...partiesOf(c.new), ...(this.we ? [this.we] : [])])];
    if (parties.length === 0) return nothing;
    const count = (stance: Stance) => c.findings.filter((f) => f.stance === stance).length;
    return html`<div class="point-of-view">
      <label for="we">Read from the side of</label>
      <select id="we" @change=${this.choosePointOfView}>
        <option value="" ?selected=${this.we === null}>no party</option>
        ${parties.map((p) => html`<option value=${p} ?selected=${this.we === p}>${p}</option>`)}
      </select>
      ${this.we && c.findings.some((f) => f.stance)
        ? html`<p class="stance-summary">For ${this.we}: ${count('against')} against us, ${count('favour')} in our favour, ${count('neutral')} neither side.</p>`
        : nothing}
    </div>`;
  }

  private severity(s: Severity) {
    return html`<span class="severity severity-${s}">${SEVERITY_TEXT[s]}<span class="visually-hidden"> severity</span></span>`;
  }

  private grouped(findings: readonly Finding[], item: (f: Finding) => TemplateResult) {
    return SIDES.map((side) => {
      // against us first, then in our favour, then the rest; the most serious first within each
      const rank = (f: Finding) => (f.stance ? STANCE_ORDER[f.stance] : 0);
      const mine = findings.filter((f) => f.version === side).sort((a, b) => rank(a) - rank(b) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      if (!mine.length) return nothing;
      return html`<h3>${this.sideName(side)}</h3>
        <ul>
          ${mine.map((f) => html`<li>${item(f)}</li>`)}
        </ul>`;
    });
  }

  private renderDocumentFindings(findings: readonly Finding[]) {
    const doc = findings.filter((f) => f.level === 'document');
    return html`<section aria-labelledby="doc-heading">
      <h2 id="doc-heading">Whole-document concerns</h2>
      ${doc.length
        ? this.grouped(
            doc,
            (f) => html`${this.stance(f)}${this.severity(f.severity)}<span class="category">${categoryOf(f.category).name}</span>
              <span class="explanation">${f.explanation}</span>`,
          )
        : html`<p class="empty">No whole-document concerns.</p>`}
    </section>`;
  }

  private renderClauseFindings(findings: readonly Finding[]) {
    const clauseLevel = findings.filter((f) => f.level !== 'document' && f.clause !== null);
    return html`<section aria-labelledby="clause-heading">
      <h2 id="clause-heading">Clause concerns</h2>
      ${clauseLevel.length
        ? this.grouped(
            clauseLevel,
            (f) => html`<button type="button" class="finding" @click=${() => this.activate(f)}>
              ${this.stance(f)}${this.severity(f.severity)}<span class="category">${categoryOf(f.category).name}</span>
              — <span class="where">${this.where(f)}</span>${f.evidence ? html`: <q>${f.evidence.quote}</q>` : nothing}
              <span class="explanation">${f.explanation}</span>
            </button>`,
          )
        : html`<p class="empty">No clause concerns.</p>`}
    </section>`;
  }

  private renderTerms() {
    const terms = this.terms ?? [];
    const columns = Math.max(this.versionNames.length, ...terms.map((t) => t.values.length), 0);
    const names = Array.from({ length: columns }, (_, i) => this.versionNames[i] ?? `Version ${i + 1}`);
    return html`<section aria-labelledby="terms-heading">
      <h2 id="terms-heading">Key terms</h2>
      <label class="terms-scope"
        ><input
          type="checkbox"
          .checked=${this.termsScope === 'all'}
          @change=${(e: Event) =>
            this.dispatchEvent(new CustomEvent('cd-terms-scope', { detail: { scope: (e.target as HTMLInputElement).checked ? 'all' : 'pair' }, bubbles: true, composed: true }))}
        />
        Every version, not only the pair compared</label
      >
      ${terms.length
        ? // a table wider than a narrow panel scrolls on its own, not the page
          html`<div class="table-scroll" role="region" aria-labelledby="terms-heading" tabindex="0"><table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Clause</th>
                ${names.map((n) => html`<th scope="col">${n}</th>`)}
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              ${terms.map(
                (t) => html`<tr class=${t.changed ? 'changed' : 'same'}>
                  <th scope="row">${t.kind.replace('-', ' ')}</th>
                  <td>${t.clause || html`<span class="absent">—</span>`}</td>
                  ${names.map((_, i) => {
                    const v = t.values[i] ?? null;
                    return html`<td>${v ?? html`<span class="absent">absent</span>`}</td>`;
                  })}
                  <td>${t.changed ? html`<span class="changed-mark">changed</span>` : 'same'}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>`
        : html`<p class="empty">No key terms found.</p>`}
    </section>`;
  }

  private renderBalance() {
    const balance = this.comparison?.balance;
    if (!balance) return nothing;
    // Balances come busiest first; a text that names no parties has a subject for every
    // sentence, and a chart of all of them would bury the two that matter.
    const rows: BalanceChartRow[] = [
      { version: this.sideName('old'), balance: balance.old.slice(0, CHART_PARTIES) },
      { version: this.sideName('new'), balance: balance.new.slice(0, CHART_PARTIES) },
    ];
    const most = Math.max(balance.old.length, balance.new.length);
    return html`<section aria-labelledby="balance-heading">
      <h2 id="balance-heading">Balance of duties and rights</h2>
      <cd-balance-chart .rows=${rows} heading="Duties and rights by party, per version"></cd-balance-chart>
      ${most > CHART_PARTIES ? html`<p class="hint">The ${CHART_PARTIES} busiest of up to ${most} parties per version.</p>` : nothing}
    </section>`;
  }

  override render() {
    const findings = this.comparison?.findings ?? [];
    return html`
      ${this.comparison ? html`${this.renderPointOfView()} ${this.renderDocumentFindings(findings)} ${this.renderClauseFindings(findings)}` : html`<p class="empty">No comparison chosen.</p>`}
      ${this.renderTerms()} ${this.renderBalance()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-concerns-panel': CdConcernsPanel;
  }
  interface HTMLElementEventMap {
    'cd-finding-activate': CustomEvent<FindingActivateDetail>;
    'cd-point-of-view': CustomEvent<PointOfViewDetail>;
  }
}
