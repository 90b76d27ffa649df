import { describe, expect, it } from 'vitest';
import { readLayout, type SourceLine } from '../../src/parse/layout.js';

// How each line looks before what it says: its indentation, the box it sits in, whether it is a
// rule. Written where deliberate small bugs in readLayout (tab stops, the sides of a box, which
// rule opens what follows) passed every other test, so each case pins the whole description.

/** A line as readLayout describes it: plain text at the margin unless told otherwise. */
function line(content: string, more: Partial<SourceLine> = {}): SourceLine {
  return { content, indent: 0, lead: '', trail: '', rule: '', opensBox: false, closesBox: false, ...more };
}

const blank = line('');
const rule = (chars: string, more: Partial<SourceLine> = {}) => line('', { rule: chars, ...more });

describe('indentation', () => {
  it('counts a tab as a move to the next multiple of four columns', () => {
    expect(readLayout(['\tTerm', '  \tPrice', '    \tParties', ' \t\tNotices']).map((l) => l.indent)).toEqual([4, 4, 8, 8]);
  });

  it('counts spaces one column each and stops at the first character', () => {
    expect(readLayout(['   Term of the lease', 'Rent  is due']).map((l) => l.indent)).toEqual([3, 0]);
  });

  it('describes a line of spaces as a plain blank line, with no indentation', () => {
    // blank lines all share one description, whatever spaces they hold
    expect(readLayout(['The tenant pays.', '     ', 'The landlord repairs.'])).toEqual([
      line('The tenant pays.'),
      blank,
      line('The landlord repairs.'),
    ]);
  });
});

describe('rules', () => {
  it('takes three dashes as the shortest rule, and two as text', () => {
    expect(readLayout(['Rent', '', '---', 'Deposit', '', '--'])).toEqual([
      line('Rent'),
      blank,
      rule('---', { opensBox: true }),
      line('Deposit'),
      blank,
      line('--'),
    ]);
  });

  it('marks a rule at the start of the text, above content, as opening what follows', () => {
    expect(readLayout(['=====', 'Schedule of Rent'])).toEqual([rule('=====', { opensBox: true }), line('Schedule of Rent')]);
  });

  it('marks a rule after a blank line and above content as opening what follows', () => {
    expect(readLayout(['The rent is fixed.', '', '-----', 'Deposit terms'])[2]).toEqual(rule('-----', { opensBox: true }));
  });

  it('leaves a rule right under text to close that text', () => {
    // "Definitions" over "-----" is an underline; the rule belongs with the line above it
    expect(readLayout(['Definitions', '-----', 'Words have these meanings.'])[1]).toEqual(rule('-----'));
  });

  it('leaves a rule followed by a blank line, or ending the text, opening nothing', () => {
    expect(readLayout(['', '-----', '', 'Rent'])[1]).toEqual(rule('-----'));
    expect(readLayout(['The rent is fixed.', '', '-----'])).toEqual([line('The rent is fixed.'), blank, rule('-----')]);
  });

  it('does not let a rule under another rule open what follows', () => {
    expect(readLayout(['=====', '-----', 'Rent'])).toEqual([rule('====='), rule('-----'), line('Rent')]);
  });
});

describe('boxes', () => {
  it('unframes the lines of a box of asterisks and marks its top and bottom', () => {
    expect(readLayout(['***********', '* Warranty *', '* Disclaimer *', '***********'])).toEqual([
      rule('***********', { opensBox: true }),
      line('Warranty', { lead: '*', trail: '*' }),
      line('Disclaimer', { lead: '*', trail: '*' }),
      rule('***********', { closesBox: true }),
    ]);
  });

  it('takes a side of two or three of the same character', () => {
    // a wider side starts the words further right, so only the frame is compared here
    const frames = (lines: string[]) => readLayout(lines).map((l) => [l.lead, l.content, l.trail]);
    expect(frames(['##########', '## Notice ##', '### Limits ###', '##########'])).toEqual([
      ['', '', ''],
      ['##', 'Notice', '##'],
      ['###', 'Limits', '###'],
      ['', '', ''],
    ]);
    expect(frames(['**********', '** Notice **', '** Limits **', '**********'])).toEqual([
      ['', '', ''],
      ['**', 'Notice', '**'],
      ['**', 'Limits', '**'],
      ['', '', ''],
    ]);
  });

  it('frames a box drawn with pipes, doubled pipes included', () => {
    expect(readLayout(['+--------+', '|| Notice ||', '|| Limits ||', '+--------+'])).toEqual([
      rule('+--------+', { opensBox: true }),
      line('Notice', { lead: '||', trail: '||' }),
      line('Limits', { lead: '||', trail: '||' }),
      rule('+--------+', { closesBox: true }),
    ]);
    expect(readLayout(['+--------+', '| Notice |', '| Limits |', '+--------+']).slice(1, 3)).toEqual([
      line('Notice', { lead: '|', trail: '|' }),
      line('Limits', { lead: '|', trail: '|' }),
    ]);
  });

  it('reads a run of four of the side character under a rule as a rule, not as an empty framed line', () => {
    expect(readLayout(['=====', '****', '====='])).toEqual([rule('====='), rule('****'), rule('=====')]);
  });

  it('reads a letter under a rule as text: only frame characters draw a side', () => {
    expect(readLayout(['---', 'A', '---'])).toEqual([rule('---', { opensBox: true }), line('A'), rule('---')]);
  });

  it('keeps an empty framed line (the side alone) inside the box', () => {
    expect(readLayout(['*********', '* Alpha *', '*', '* Beta *', '*********'])).toEqual([
      rule('*********', { opensBox: true }),
      line('Alpha', { lead: '*', trail: '*' }),
      line('', { lead: '*' }),
      line('Beta', { lead: '*', trail: '*' }),
      rule('*********', { closesBox: true }),
    ]);
  });

  it('does not count empty framed lines among the lines that must close on the right', () => {
    // one written line, closed on the right: a box, however many empty lines it holds
    expect(readLayout(['*********', '* Alpha *', '*', '*', '*********'])).toEqual([
      rule('*********', { opensBox: true }),
      line('Alpha', { lead: '*', trail: '*' }),
      line('', { lead: '*' }),
      line('', { lead: '*' }),
      rule('*********', { closesBox: true }),
    ]);
  });

  it('takes a box where half of the written lines close on the right; such a line has no trail', () => {
    expect(readLayout(['*********', '* Alpha *', '* Beta', '*********'])).toEqual([
      rule('*********', { opensBox: true }),
      line('Alpha', { lead: '*', trail: '*' }),
      line('Beta', { lead: '*' }),
      rule('*********', { closesBox: true }),
    ]);
  });

  it('takes as a right side only the character of the left side', () => {
    expect(readLayout(['*********', '* Alpha *', '* Beta *', '* Gamma #', '*********'])[3]).toEqual(line('Gamma #', { lead: '*' }));
  });

  it('leaves a run of bullets between two thematic breaks as bullets', () => {
    expect(readLayout(['***', '* rent', '* deposit', '***'])).toEqual([
      rule('***', { opensBox: true }),
      line('* rent'),
      line('* deposit'),
      rule('***'),
    ]);
  });

  it('after a run of bullets that is no box, still finds a box opening at the rule that ended them', () => {
    expect(readLayout(['***', '* rent', '* deposit', '***', '* Alpha *', '* Beta *', '***'])).toEqual([
      rule('***', { opensBox: true }),
      line('* rent'),
      line('* deposit'),
      rule('***', { opensBox: true }),
      line('Alpha', { lead: '*', trail: '*' }),
      line('Beta', { lead: '*', trail: '*' }),
      rule('***', { closesBox: true }),
    ]);
  });

  it('leaves a Markdown table between two rules as it is', () => {
    expect(readLayout(['---', '| Rent | Due |', '| 100 | May |', '---'])).toEqual([
      rule('---', { opensBox: true }),
      line('| Rent | Due |'),
      line('| 100 | May |'),
      rule('---'),
    ]);
  });

  it('is no box when a line between the rules has another side or none', () => {
    expect(readLayout(['*********', '* Alpha *', '# Beta #', '*********']).map((l) => l.content)).toEqual(['', '* Alpha *', '# Beta #', '']);
    const plain = readLayout(['*********', '* Alpha *', 'Plain words', '*********']);
    expect(plain).toEqual([rule('*********', { opensBox: true }), line('* Alpha *'), line('Plain words'), rule('*********')]);
  });

  it('is no box when the text ends before a closing rule', () => {
    expect(readLayout(['*********', '* Alpha *', '* Beta *'])).toEqual([
      rule('*********', { opensBox: true }),
      line('* Alpha *'),
      line('* Beta *'),
    ]);
  });

  it('needs a rule above the framed lines: a rule only below them opens nothing', () => {
    expect(readLayout(['Warranty', '* Alpha *', '* Beta *', '*********'])).toEqual([
      line('Warranty'),
      line('* Alpha *'),
      line('* Beta *'),
      rule('*********'),
    ]);
  });

  it('ends the text with a rule without looking for a box below it', () => {
    expect(readLayout(['Rent', '-----'])).toEqual([line('Rent'), rule('-----')]);
  });

  it('reads a short run of the side character right under the top as the first row, not the bottom', () => {
    // the bottom rule is the first one after at least one row of the box
    expect(readLayout(['-----', '***', '* Alpha *', '-----']).map((l) => [l.lead, l.content, l.trail, l.rule, l.opensBox, l.closesBox])).toEqual([
      ['', '', '', '-----', true, false],
      ['***', '', '', '', false, false],
      ['*', 'Alpha', '*', '', false, false],
      ['', '', '', '-----', false, true],
    ]);
  });

  it('clears a rule drawn inside a box and keeps it as the line\'s rule', () => {
    expect(readLayout(['***********', '* Alpha *', '* ----- *', '* Beta *', '***********'])[2]).toEqual(
      line('', { lead: '*', trail: '*', rule: '-----' }),
    );
  });
});

describe('indentation inside a box', () => {
  it('counts from the box\'s own left edge, whatever the lines\' lengths', () => {
    expect(readLayout(['*******', '* Alpha *', '* Beta gamma delta *', '*******']).map((l) => l.indent)).toEqual([0, 0, 0, 0]);
  });

  it('keeps the steps of a list set inside the box', () => {
    expect(readLayout(['*******', '* Alpha *', '*   Beta *', '*******']).map((l) => l.indent)).toEqual([0, 0, 2, 0]);
  });

  it('adds the indentation of the box itself', () => {
    expect(readLayout(['  *******', '  * Alpha *', '  *   Beta *', '  *******'])).toEqual([
      rule('*******', { indent: 2, opensBox: true }),
      line('Alpha', { indent: 2, lead: '*', trail: '*' }),
      line('Beta', { indent: 4, lead: '*', trail: '*' }),
      rule('*******', { indent: 2, closesBox: true }),
    ]);
  });

  it('counts a row whose side is set further right as indented by that much', () => {
    expect(readLayout(['*******', '* Alpha *', '  * Beta *', '*******']).map((l) => [l.content, l.indent])).toEqual([
      ['', 0],
      ['Alpha', 0],
      ['Beta', 2],
      ['', 0],
    ]);
  });

  it('measures from the written rows, not from empty framed rows', () => {
    expect(readLayout(['*******', '*   Alpha *', '*', '*     Beta *', '*******']).map((l) => l.indent)).toEqual([0, 0, 0, 2, 0]);
  });
});
