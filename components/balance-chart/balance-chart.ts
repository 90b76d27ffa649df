import { LitElement, html, svg, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PartyBalance } from '../../src/model/balance.js';
import { balanceChartStyles } from './balance-chart.styles.js';

/** One version's duties and rights per party. */
export interface BalanceChartRow {
  version: string;
  balance: PartyBalance[];
}

const LABEL_WIDTH = 150;
const BAR_AREA = 240;
const BAR_HEIGHT = 10;
const PARTY_HEIGHT = 2 * BAR_HEIGHT + 10;
const VERSION_HEADER = 20;
const VERSION_GAP = 8;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function dutiesOf(row: PartyBalance): number {
  return row.obligations + row.prohibitions;
}

/** "U.S. draft: Ukraine 5 duties 0 rights; United States 0 duties 4 rights. Ukraine revision: ..." */
export function describeBalance(rows: readonly BalanceChartRow[]): string {
  if (rows.length === 0) return 'No balance of duties and rights to show.';
  return rows
    .map((r) => {
      const parties = r.balance.length
        ? r.balance.map((p) => `${p.party} ${plural(dutiesOf(p), 'duty', 'duties')} ${plural(p.rights, 'right', 'rights')}`).join('; ')
        : 'no parties named';
      return `${r.version}: ${parties}.`;
    })
    .join(' ');
}

/**
 * Duties (obligations + prohibitions) and rights of each party in each version, as an inline
 * SVG bar chart. The chart is one image to assistive technology, labelled with the numbers in
 * words; a visually hidden table carries the same numbers for table navigation.
 */
@customElement('cd-balance-chart')
export class CdBalanceChart extends LitElement {
  static override styles = balanceChartStyles;

  @property({ attribute: false }) rows: BalanceChartRow[] = [];
  /** Visible caption above the chart. */
  @property() heading = 'Duties and rights by party';

  override render() {
    const rows = this.rows ?? [];
    const label = describeBalance(rows);
    if (rows.length === 0) {
      return html`<p class="empty">${label}</p>`;
    }
    const max = Math.max(1, ...rows.flatMap((r) => r.balance.flatMap((p) => [dutiesOf(p), p.rights])));
    const scale = (n: number) => (n / max) * BAR_AREA;
    let y = 0;
    const parts: SVGTemplateResult[] = [];
    for (const row of rows) {
      y += VERSION_HEADER;
      parts.push(svg`<text class="version" x="0" y=${y - 6}>${row.version}</text>`);
      for (const p of row.balance) {
        const duties = dutiesOf(p);
        parts.push(svg`
          <text class="label" x=${LABEL_WIDTH - 8} y=${y + BAR_HEIGHT + 4} text-anchor="end">${p.party}</text>
          <rect class="duties" x=${LABEL_WIDTH} y=${y} width=${scale(duties)} height=${BAR_HEIGHT}></rect>
          <text class="value" x=${LABEL_WIDTH + scale(duties) + 4} y=${y + BAR_HEIGHT - 1}>${plural(duties, 'duty', 'duties')}</text>
          <rect class="rights" x=${LABEL_WIDTH} y=${y + BAR_HEIGHT + 2} width=${scale(p.rights)} height=${BAR_HEIGHT}></rect>
          <text class="value" x=${LABEL_WIDTH + scale(p.rights) + 4} y=${y + 2 * BAR_HEIGHT + 1}>${plural(p.rights, 'right', 'rights')}</text>
        `);
        y += PARTY_HEIGHT;
      }
      y += VERSION_GAP;
    }
    const width = LABEL_WIDTH + BAR_AREA + 70;
    return html`
      <figure>
        <figcaption>${this.heading}</figcaption>
        <svg role="img" aria-label=${label} viewBox="0 0 ${width} ${y}" width=${width} height=${y}>${parts}</svg>
        <div class="legend" aria-hidden="true">
          <span><span class="swatch duties"></span>duties (obligations and prohibitions)</span>
          <span><span class="swatch rights"></span>rights</span>
        </div>
        <div class="visually-hidden">
        <table>
          <caption>${this.heading}</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Party</th>
              <th scope="col">Obligations</th>
              <th scope="col">Prohibitions</th>
              <th scope="col">Duties</th>
              <th scope="col">Rights</th>
            </tr>
          </thead>
          <tbody>
            ${rows.flatMap((r) =>
              r.balance.length
                ? r.balance.map(
                    (p) => html`<tr>
                      <th scope="row">${r.version}</th>
                      <th scope="row">${p.party}</th>
                      <td>${p.obligations}</td>
                      <td>${p.prohibitions}</td>
                      <td>${dutiesOf(p)}</td>
                      <td>${p.rights}</td>
                    </tr>`,
                  )
                : [html`<tr><th scope="row">${r.version}</th><td colspan="5">no parties named</td></tr>`],
            )}
          </tbody>
        </table>
        </div>
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-balance-chart': CdBalanceChart;
  }
}
