import { enhanceStepProgress } from './controller';

// The entry StepProgress.astro loads as a classic script (one self-contained file, its URL known at
// build time): an inline script can load it without importing a chunk, which would make it a file.
const root = document.querySelector('step-progress');
if (root instanceof HTMLElement) enhanceStepProgress(root);
