import { join } from 'node:path';

/** Where the site is built (the project's dist/): for the global setup, which must not wait for its own build. */
export const distDir = join(import.meta.dirname, '..', '..', '..', 'dist');
