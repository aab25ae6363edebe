import { enhanceStepProgress, showSidebarProgress } from './controller';

// Built as one self-contained file (Vite's worker build, though it runs on the page as a classic script), so
// that the inline scripts loading it hold only its URL. SiteNav.astro loads it when this browser holds
// progress, StepProgress.astro with the first tick or a link's done=: whichever comes second does nothing.
const html = document.documentElement;
if (!html.hasAttribute('data-step-progress')) {
  html.setAttribute('data-step-progress', '');
  showSidebarProgress();
  const root = document.querySelector('step-progress');
  if (root instanceof HTMLElement) enhanceStepProgress(root);
}
