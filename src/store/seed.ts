import { ManifestSchema } from '../model/manifest.js';
import { parseVersion } from '../parse/parse.js';
import type { WorkspaceRecord } from './records.js';
import { SAMPLE_WORKSPACE } from './schema.js';
import type { WorkspaceStore } from './workspace-store.js';

/**
 * First visit: the sample agreement and all its versions become a workspace, opened on the U.S.
 * draft against Ukraine's revision (the first two versions of the manifest). Does nothing when a
 * workspace with the manifest's id already exists.
 */
export async function seedSampleWorkspace(store: WorkspaceStore, manifestData: unknown, texts: Record<string, string>): Promise<WorkspaceRecord> {
  const manifest = ManifestSchema.parse(manifestData);
  const existing = (await store.listWorkspaces()).find((w) => w.id === manifest.agreement.id);
  if (existing) return existing;
  const workspace = await store.createWorkspace('U.S.–Ukraine minerals agreement (illustrative drafts)', manifest.agreement.id);
  for (const v of manifest.versions) {
    const text = texts[v.file];
    if (text === undefined) throw new Error(`the sample "${v.file}" named in the manifest is not bundled`);
    await store.addVersion(workspace.id, { id: v.id, label: v.label, party: v.party, date: v.date, parent: v.parent }, parseVersion(text));
  }
  const [first, second] = manifest.versions;
  // the seed story is told from Kyiv's side of the table
  const we = workspace.id === SAMPLE_WORKSPACE.id ? SAMPLE_WORKSPACE.we : null;
  return store.saveSettings(workspace.id, { oldId: first?.id ?? null, newId: second?.id ?? null, we });
}
