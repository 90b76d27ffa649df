import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { forumsIn } from '../../src/concerns/forum.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * What a whole draft lacks (no termination, no security guarantee), and where disputes go, read
 * to their edges. Drafts written here.
 */

const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
const draft = (...paragraphs: string[]) => parseVersion([STATES, ...paragraphs].join('\n\n'));
const documentRules = (text: ReturnType<typeof draft>) => findingsOfVersion(text, 'single').filter((f) => f.level === 'document');
const has = (text: ReturnType<typeof draft>, rule: string) => documentRules(text).some((f) => f.rule === rule);

describe('a way out of the agreement', () => {
  const fund = ['Article 1 — Fund', 'The Fund is established.'];
  const force = ['Article 3', 'This Agreement enters into force upon ratification.'];

  it('is not read in a part title alone: a title over clauses that give no way out provides none', () => {
    expect(has(draft(...fund, 'DENUNCIATION OF THIS AGREEMENT', 'Article 2', 'The Fund shall report each year.', ...force), 'no-termination')).toBe(true);
  });

  it('is read in an article headed "Denunciation", and in a denunciation said in the text', () => {
    expect(has(draft(...fund, 'Article 2 — Denunciation', 'Either Party may end this Agreement by written notice.', ...force), 'no-termination')).toBe(false);
    expect(has(draft(...fund, 'Article 2', 'Either Party may denounce this Agreement by written notice.', ...force), 'no-termination')).toBe(false);
    expect(has(draft(...fund, 'Article 2', 'The denunciation takes effect six months after its notification.', ...force), 'no-termination')).toBe(false);
  });

  it('is read in a termination said in the passive, its notice named far after it', () => {
    expect(has(draft(...fund, 'Article 2', "This Agreement may be terminated by the Republic or by the Kingdom giving the other not less than sixty (60) days' notice in writing.", ...force), 'no-termination')).toBe(false);
    // near miss: a contract of others terminated is no way out of this one
    expect(has(draft(...fund, 'Article 2', 'Any supply contract of the Fund may be reviewed by the Board.', ...force), 'no-termination')).toBe(true);
  });

  it('near misses: a heading standing alone over other matters, or an article that ends nothing', () => {
    expect(has(draft('DENUNCIATION', ...fund, ...force), 'no-termination')).toBe(true);
    expect(has(draft(...fund, 'Article 2 — Notices', 'Notices are given in writing.', ...force), 'no-termination')).toBe(true);
  });

  it('a missing security guarantee weighs on Ukraine by the name the draft gives it', () => {
    const ukrainian = parseVersion('УГОДА\n\nміж Україною та Сполученими Штатами Америки\n\nСтаття 1\n\nУкраїна вносить до Фонду кошти.\n\nСтаття 2\n\nЦя Угода набирає чинності після ратифікації.');
    expect(documentRules(ukrainian).find((f) => f.rule === 'no-security-guarantee')?.affects).toBe('Україна');
    expect(documentRules(draft(...fund, ...force)).find((f) => f.rule === 'no-security-guarantee')?.affects).toBe('Ukraine');
  });
});

describe('forum-moved', () => {
  const moved = (before: string, after: string) => {
    const comparison = compareVersions(draft(`1. ${before}`), draft(`1. ${after}`));
    return withFindings(comparison, { we: 'Ukraine' }).findings.filter((f) => f.rule === 'forum-moved').map((f) => [f.explanation, f.affects, f.effect ?? null]);
  };

  it('reads the first forum of each kind a clause names', () => {
    expect(moved('Disputes go to the courts of Kyiv, and for enforcement to the courts of any country.', 'Disputes go to the courts of London, and for enforcement to the courts of any country.')).toEqual([
      ['The choice of courts moves from Kyiv to London.', 'Ukraine', 'burden'],
    ]);
  });

  it('a move within one party’s home is weighed for no one', () => {
    expect(moved('Disputes go to the courts of Kyiv.', 'Disputes go to the courts of Lviv.')).toEqual([['The choice of courts moves from Kyiv to Lviv.', null, null]]);
  });

  it('a place ends where the sentence goes on ("the courts of Kyiv may grant interim relief")', () => {
    expect(forumsIn('the courts of Kyiv may grant interim relief, and the courts of Lviv must enforce it').map((f) => f.place)).toEqual(['Kyiv', 'Lviv']);
  });

  it('courts kept beside a new arbitration are no switch from the courts to the arbitration', () => {
    expect(moved('Disputes go to the courts of Kyiv.', 'Disputes go to arbitration in Stockholm, and the courts of Kyiv may grant interim relief.')).toEqual([]);
    // but courts replaced by an arbitration are
    expect(moved('Disputes go to the courts of Kyiv.', 'Disputes go to arbitration in Stockholm.')).toEqual([['Disputes move from the courts of Kyiv to arbitration in Stockholm.', 'Ukraine', 'burden']]);
  });
});
