// The folders of the pure core that npm run mutate scores, and where each keeps its results.
export const CORE_FOLDERS = ['src/parse', 'src/align', 'src/redline', 'src/compare', 'src/concerns', 'src/report'];

const slug = (folder) => folder.replace(/^src\//, '');
export const incrementalFileOf = (folder) => `.stryker-tmp/incremental-${slug(folder)}.json`;
export const reportFileOf = (folder) => `.stryker-tmp/mutation-${slug(folder)}.json`;
