import { hostileValuesSuite } from './support/hostile-suite';

/** The hostile-values suite (support/hostile-suite.ts) on the forms outside the writeback guides (IPv6, SBS). */
hostileValuesSuite((path) => !path.startsWith('/guides/azure-ad-connect-writeback/'));
