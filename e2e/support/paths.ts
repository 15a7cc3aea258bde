import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Generated files (data folders, .xlsx, screenshots, logs) live under tmp/, which git ignores. */
export const tmpRoot = path.join(repoRoot, 'tmp');
export const shotsDir = path.join(tmpRoot, 'e2e-shots');
