import type { IssuesList } from '../model/issues-list.js';
import type { Audience } from '../report/audience.js';

/**
 * The issues list as `audience` may see it. Internal: all of it. For the other side: only the
 * points the text itself shows as open (brackets), with their status; our concerns, stance,
 * balance and notes go, and so do the rows that were there only because of them, since even a clause's
 * presence would tell the other side what worries us.
 */
export function issuesListFor(list: IssuesList, audience: Audience): IssuesList {
  if (audience === 'internal') return list;
  const rows = list.rows
    .filter((r) => r.brackets.open.length + r.brackets.closed.length + r.brackets.opened.length > 0)
    // (the balance, like the stance, says which way a change cuts for us)
    .map(({ balance: _balance, ...r }, i) => ({ ...r, point: i + 1, concerns: [], stance: null, position: '' }));
  const side = ({ label, brackets }: IssuesList['old']) => ({ label, brackets });
  return { ...list, old: side(list.old), new: side(list.new), we: null, rows };
}
