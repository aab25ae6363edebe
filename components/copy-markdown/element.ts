/**
 * The "Copy as Markdown" element (CopyMarkdown.astro): shows the button, and loads the copying code on the
 * first click. Imported by SearchBox.astro's script, which every page loads, to spare a request.
 */
class CopyMarkdown extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.onclick = () =>
      void import('./copy').then(
        ({ copyMarkdown }) => copyMarkdown(this),
        () => {
          this.lastElementChild!.textContent = 'Not copied: the page could not load its code. Reload and try again.';
        },
      );
  }
}
customElements.define('copy-markdown', CopyMarkdown);
