import { describe, expect, it } from 'vitest';
import { coreFolderOf, holdsCode, reportFileOf, targetOfReportFile } from '../mutation/folders.mjs';

/** How npm run mutate names its runs and which files it must reach. */

describe('mutation runs', () => {
  it('name each target’s report so the target can be read back from it', () => {
    for (const target of ['src/concerns', 'src/concerns/rules', 'src/concerns/parties.ts']) {
      expect(targetOfReportFile(reportFileOf(target).replace('.stryker-tmp/', ''))).toBe(target);
    }
    expect(targetOfReportFile('incremental-concerns.json')).toBeUndefined();
  });

  it('put a part in the folder of the core that holds it, and nothing else in any', () => {
    expect(coreFolderOf('src/concerns/rules/forum-rules.ts')).toBe('src/concerns');
    expect(coreFolderOf('src/concerns')).toBe('src/concerns');
    expect(coreFolderOf('src/model/finding.ts')).toBeUndefined();
  });

  it('need not reach a file that declares only types, and must reach one with code', () => {
    expect(holdsCode('src/concerns/rule.ts')).toBe(false);
    expect(holdsCode('src/concerns/stance.ts')).toBe(true);
    expect(holdsCode('src/concerns/names.ts')).toBe(true);
  });
});
