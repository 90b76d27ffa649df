import { Document, Header, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { IssuesList } from '../model/issues-list.js';
import { INTERNAL_MARK, type Audience } from '../report/audience.js';
import { xmlSafe } from '../report/docx.js';
import { columnHeadings, issuesSubtitle, issuesTitle, rowCells } from './cells.js';

/** The issues list as a Word table, landscape; an internal list says so in every page's header. */
export async function issuesDocx(list: IssuesList, audience: Audience, date: string): Promise<Uint8Array> {
  const lines = (text: string) => (text ? text.split('\n') : ['—']).map((line) => new Paragraph({ children: [new TextRun(xmlSafe(line))] }));
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text) => new TableCell({ children: header ? [new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold: true })] })] : lines(text) })),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(columnHeadings(list), true), ...list.rows.map((r) => row(rowCells(r)))],
  });
  const internal = audience === 'internal';
  const doc = new Document({
    creator: 'Counterdraft',
    title: xmlSafe(issuesTitle(list)),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        ...(internal ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: INTERNAL_MARK, bold: true })] })] }) } } : {}),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(issuesTitle(list)))] }),
          new Paragraph({ children: [new TextRun(xmlSafe(issuesSubtitle(list, date)))] }),
          table,
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
