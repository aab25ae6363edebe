import { hostileValuesSuite } from './support/hostile-suite';

/** The hostile-values suite (support/hostile-suite.ts) on the writeback guides' forms; the other file takes the rest. */
hostileValuesSuite((path) => path.startsWith('/guides/azure-ad-connect-writeback/'));
