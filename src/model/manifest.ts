import * as z from 'zod';

/** One draft of an agreement, as the sample (and later the seed workspace) manifest lists it. */
export const ManifestVersionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  file: z.string().min(1),
  label: z.string().min(1),
  party: z.string().min(1),
  date: z.iso.date(),
  parent: z.string().nullable(),
  language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'),
});

export const ManifestSchema = z
  .object({
    agreement: z.object({ id: z.string().min(1), title: z.string().min(1) }),
    versions: z.array(ManifestVersionSchema).min(1),
  })
  .superRefine((manifest, ctx) => {
    const ids = new Set<string>();
    manifest.versions.forEach((v, i) => {
      if (ids.has(v.id)) ctx.addIssue({ code: 'custom', path: ['versions', i, 'id'], message: `duplicate version id "${v.id}"` });
      ids.add(v.id);
    });
    manifest.versions.forEach((v, i) => {
      if (v.parent !== null && !ids.has(v.parent)) {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'parent'], message: `no version "${v.parent}" in this manifest` });
      }
    });
  });
export type Manifest = z.infer<typeof ManifestSchema>;
