import type { Finding, Stance } from '../model/finding.js';

/**
 * Which way a change cuts for us on balance, when its findings pull both ways: the side more of
 * them take ("a price up, a term shortened and a right of ours kept" is against us two to one),
 * neither when as many take each. Each finding is one reading of something that moved; weighing
 * them by severity instead was tried on the labelled sets and was right no more often than a coin,
 * while the count was right for most of the changes it decided (README, "On balance").
 */
export interface Balance {
  stance: Stance;
  /** how many of the findings are against us, and how many in our favour */
  against: number;
  favour: number;
}

export function onBalance(findings: readonly Pick<Finding, 'stance'>[]): Balance {
  let against = 0;
  let favour = 0;
  for (const f of findings) {
    if (f.stance === 'against') against++;
    else if (f.stance === 'favour') favour++;
  }
  return { stance: against > favour ? 'against' : favour > against ? 'favour' : 'neutral', against, favour };
}
