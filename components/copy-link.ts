/** Copies a link for the reader; where the clipboard refuses, shows it to copy by hand. `say` gives the words. */
export async function copyLinkText(url: string, copied: string, say: (message: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    say(copied);
  } catch {
    say(`Copy this link: ${url}`);
  }
}
