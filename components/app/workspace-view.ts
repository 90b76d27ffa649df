import { anchor } from '../../src/annotations/anchor.js';
import type { TermRow } from '../../src/concerns/terms-table.js';
import type { Annotation } from '../../src/model/annotation.js';
import type { Version } from '../../src/model/clause.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { IgnoreOption } from '../../src/model/options.js';
import { bracketCount } from '../../src/issues/brackets.js';
import { clauseLabel } from '../../src/compare/citation.js';
import type { VersionRecord, WorkspaceRecord } from '../../src/store/records.js';
import { comparisonKey } from '../../src/store/comparison-cache.js';
import type { StoredVersion, VersionHead, WorkspaceStore } from '../../src/store/workspace-store.js';
import type { AnnotationListItem } from '../annotation-list/annotation-list.js';
import { findingHighlights, type Highlight } from '../compare-view/compare-view.js';
import type { Engine } from '../engine/engine.js';
import { ENGINE_REVISION } from '../engine/engine-revision.js';

/** Everything the app shows for one workspace, derived from the store. */
export interface WorkspaceView {
  workspace: WorkspaceRecord;
  versions: VersionRecord[];
  oldVersion: (Version & { record: VersionRecord }) | null;
  newVersion: (Version & { record: VersionRecord }) | null;
  comparison: Comparison | null;
  terms: TermRow[];
  /** the versions the terms table covers, by label, in its column order */
  termNames: string[];
  annotations: Annotation[];
}

/** How many open points in brackets each version of the workspace has, by version id. */
export async function countOpenPoints(store: WorkspaceStore, versions: readonly VersionRecord[]): Promise<Map<string, number>> {
  const loaded = await store.loadVersions(versions.map((v) => v.id));
  return new Map(versions.map((v, i) => [v.id, bracketCount(loaded[i]!.clauses.map((c) => c.text))]));
}

/** Key terms of the compared pair only (the default), or of every version in order. */
export type TermsScope = 'pair' | 'all';

/** Loads a workspace and compares the two versions its settings name. */
export async function loadWorkspaceView(store: WorkspaceStore, workspaceId: string, engine: Engine): Promise<WorkspaceView> {
  // read side by side: each is a round trip to the database
  const [workspace, versions, annotations] = await Promise.all([store.getWorkspace(workspaceId), store.listVersions(workspaceId), store.listAnnotations(workspaceId)]);
  const live = new Set(versions.map((v) => v.id));
  const pick = (id: string | null) => (id && live.has(id) ? id : null);
  const oldId = pick(workspace.settings.oldId) ?? versions[0]?.id ?? null;
  // With the New version gone (deleted, say), the next version after Old takes its place, else
  // the latest other one: never Old itself while there is another to compare it with.
  const position = versions.findIndex((v) => v.id === oldId);
  const fallback = versions.slice(position + 1)[0] ?? versions.filter((v) => v.id !== oldId).at(-1);
  const newId = pick(workspace.settings.newId) ?? fallback?.id ?? oldId;
  const { oldVersion, newVersion, comparison } =
    oldId !== null && newId !== null ? await pairCompared(store, engine, workspace, oldId, newId) : { oldVersion: null, newVersion: null, comparison: null };
  return { workspace, versions, oldVersion, newVersion, comparison, terms: [], termNames: [], annotations };
}

/**
 * Key terms of the pair compared, old then new, or of every version of the workspace in order.
 * Separate from loadWorkspaceView because it aligns each consecutive pair of the versions
 * covered: the app fills it in after the comparison is shown.
 */
export async function loadTerms(store: WorkspaceStore, view: WorkspaceView, scope: TermsScope, engine: Engine): Promise<{ terms: TermRow[]; termNames: string[] }> {
  const pair = [view.oldVersion?.record, view.newVersion?.record].filter((v): v is VersionRecord => v !== undefined);
  const covered = scope === 'all' || pair.length < 2 || pair[0]!.id === pair[1]!.id ? view.versions : pair;
  const terms = await engine.terms(await store.loadVersions(covered.map((v) => v.id)));
  return { terms, termNames: covered.map((v) => v.label) };
}

/**
 * The two versions and their comparison. The one kept from the last time this pair was shown
 * with these settings by this build (a reload, coming back to the workspace) is shown at once: it
 * holds both versions' clauses as they were compared, so they are not read again. Else the
 * versions are read and compared, and the comparison kept for next time.
 */
async function pairCompared(
  store: WorkspaceStore,
  engine: Engine,
  workspace: WorkspaceRecord,
  oldId: string,
  newId: string,
): Promise<{ oldVersion: StoredVersion; newVersion: StoredVersion; comparison: Comparison }> {
  const { ignore, we } = workspace.settings;
  const [oldHead, newHead] = (await store.versionHeads([oldId, newId])) as [VersionHead, VersionHead];
  const key = comparisonKey(ENGINE_REVISION, oldHead, newHead, ignore, we);
  const kept = await store.keptComparison(workspace.id, key);
  // marks for the app benchmark's account of a reload: where the time before the comparison goes
  performance.mark('counterdraft:versions-read');
  if (kept && kept.old.clauses.length === oldHead.clauseHashes.length && kept.new.clauses.length === newHead.clauseHashes.length) {
    const fromKept = (head: VersionHead, compared: Version): StoredVersion => ({ title: head.record.title, clauses: compared.clauses, ...head });
    performance.mark('counterdraft:compared');
    return { oldVersion: fromKept(oldHead, kept.old), newVersion: fromKept(newHead, kept.new), comparison: kept };
  }
  // none kept: the worker loads its script while the versions are read
  engine.warmUp();
  const [oldVersion, newVersion] = (await store.loadVersionsOf([oldHead, newHead])) as [StoredVersion, StoredVersion];
  const comparison = await compareWith(engine, oldVersion, newVersion, ignore, we);
  performance.mark('counterdraft:compared');
  // not awaited: the comparison is shown while it is written, and a refusal changes nothing
  void store.keepComparison(workspace.id, key, comparison);
  return { oldVersion, newVersion, comparison };
}

export function compareWith(
  engine: Engine,
  oldVersion: Version & { record: VersionRecord },
  newVersion: Version & { record: VersionRecord },
  ignore: IgnoreOption[],
  we: string | null = null,
): Promise<Comparison> {
  const titled = (v: Version & { record: VersionRecord }): Version => ({ title: v.record.label, clauses: v.clauses });
  return engine.compare(titled(oldVersion), titled(newVersion), ignore, we);
}

/** Where each annotation stands on the two versions shown: marks for the view, rows for the list. */
export function placeAnnotations(view: WorkspaceView): { highlights: Highlight[]; items: AnnotationListItem[] } {
  const highlights: Highlight[] = view.comparison ? findingHighlights(view.comparison) : [];
  const items: AnnotationListItem[] = [];
  const sides = [
    ['new', view.newVersion],
    ['old', view.oldVersion],
  ] as const;
  for (const annotation of view.annotations) {
    let placed: AnnotationListItem | null = null;
    for (const [side, version] of sides) {
      if (!version) continue;
      const found = anchor(annotation, version.clauses, preferredClause(view, annotation, side));
      if (found.state !== 'anchored') continue;
      const clause = version.clauses.find((c) => c.id === found.clauseId)!;
      highlights.push({
        id: annotation.id,
        side,
        clauseId: found.clauseId,
        start: found.start,
        end: found.end,
        kind: 'annotation',
        label: `Annotation (${annotation.status}): ${annotation.note || annotation.quote.exact}`,
        tone: annotation.status,
      });
      placed ??= { annotation, where: `${side === 'new' ? view.newVersion!.record.label : view.oldVersion!.record.label}: ${clauseLabel(clause)}`, orphaned: false };
    }
    items.push(placed ?? { annotation, where: 'text no longer in the versions shown', orphaned: true });
  }
  return { highlights, items };
}

/**
 * On its own version an annotation sits in its own clause. On the other version of the pair it
 * is looked for first in the clause aligned with it; from any other version, by its words alone
 * (clause ids are positions, so the same id elsewhere means nothing).
 */
function preferredClause(view: WorkspaceView, annotation: Annotation, side: 'old' | 'new'): string | undefined {
  const shown = side === 'new' ? view.newVersion : view.oldVersion;
  if (annotation.versionId === shown?.record.id) return undefined;
  const other = side === 'new' ? view.oldVersion : view.newVersion;
  if (annotation.versionId === other?.record.id && view.comparison) {
    const change = view.comparison.changes.find((c) => (side === 'new' ? c.old : c.new).includes(annotation.clauseId));
    const partner = change && (side === 'new' ? change.new[0] : change.old[0]);
    if (partner) return partner;
  }
  return '';
}

/** A version's ancestors (through `parent`), itself, then its first descendants by date. */
export function lineOfDrafts(versions: readonly VersionRecord[], id: string): string[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const line: string[] = [];
  for (let at: VersionRecord | undefined = byId.get(id); at && !line.includes(at.id); at = at.parent ? byId.get(at.parent) : undefined) line.unshift(at.id);
  for (let at = id; ; ) {
    const child = versions.find((v) => v.parent === at && !line.includes(v.id));
    if (!child) break;
    line.push(child.id);
    at = child.id;
  }
  return line;
}
