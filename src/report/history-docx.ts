import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { forAudience } from './audience.js';
import { docxSections, xmlSafe } from './docx.js';
import { roundCount, type HistoryRound } from './history.js';

/** Every round in one Word file: a title page listing the rounds, then each round's sections. */
export async function historyDocx(rounds: readonly HistoryRound[], titles: readonly string[]): Promise<Uint8Array> {
  const cover = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(`History of ${roundCount(rounds.length)}`))] }),
    ...titles.map((t) => new Paragraph({ children: [new TextRun(xmlSafe(t))] })),
  ];
  const sections = rounds.flatMap((r) => {
    const visible = forAudience(r.comparison, r.options, r.options.audience ?? 'counterparty');
    return docxSections(visible.comparison, visible.options);
  });
  const doc = new Document({ creator: 'Counterdraft', title: xmlSafe(`History of ${roundCount(rounds.length)}`), sections: [{ children: cover }, ...sections] });
  return Packer.pack(doc, 'uint8array');
}
