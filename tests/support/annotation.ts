import type { Annotation } from '../../src/model/annotation.js';

/** An annotation on "25 percent" in clause c17 of version v2, with any fields replaced. */
export function annotationOn25Percent(over: Partial<Annotation> = {}): Annotation {
  return {
    id: 'a1',
    workspaceId: 'w',
    versionId: 'v2',
    clauseId: 'c17',
    quote: { type: 'TextQuoteSelector', exact: '25 percent', prefix: 'Fund ', suffix: ' of' },
    position: { type: 'TextPositionSelector', start: 10, end: 20 },
    category: 'financial',
    severity: 'high',
    status: 'open',
    note: '',
    author: 'Analyst',
    created: '2025-02-14T10:00:00.000Z',
    updated: '2025-02-15T09:30:00.000Z',
    revision: 2,
    ...over,
  };
}
