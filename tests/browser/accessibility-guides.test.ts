import { axePagesSuite } from './support/axe-suite';
import { guidePages } from './support/site';

/** Every guide page, light and dark at 1280 px and light at 360 px; the site's other pages are in accessibility-site.test.ts. */
axePagesSuite(guidePages());
