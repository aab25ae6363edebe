// Its own module so that a component script can take the key without the rest of progress.ts.
/** The localStorage key holding every step progress run (most recent first). */
export const PROGRESS_KEY = 'guide-progress';
