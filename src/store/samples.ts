// The bundled sample drafts (text, via esbuild's text loader) and their manifest.
import manifest from '../../samples/manifest.json' with { type: 'json' };
import joint from '../../samples/joint-working-text-2025-02-24.txt';
import uaUk from '../../samples/ua-revision-2025-02-14.uk.txt';
import ua from '../../samples/ua-revision-2025-02-14.txt';
import us from '../../samples/us-draft-2025-02-12.txt';

export const SAMPLE_MANIFEST: unknown = manifest;

export const SAMPLE_TEXTS: Record<string, string> = {
  'us-draft-2025-02-12.txt': us,
  'ua-revision-2025-02-14.txt': ua,
  'joint-working-text-2025-02-24.txt': joint,
  'ua-revision-2025-02-14.uk.txt': uaUk,
};
