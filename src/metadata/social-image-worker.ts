/**
 * Build time only: a child process that draws social images (satori -> SVG -> sharp -> PNG) for
 * src/metadata/social-images-integration.ts. A process rather than a thread so that satori's and
 * sharp's memory never adds to the Astro build's own peak, and so that both cores draw.
 *
 * It runs under Node's own type stripping (no Vite, no tsx), so it imports no project module: the
 * parent sends each card already laid out as an element tree, with the size and the font files.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SocialImageJob, SocialImageReply, SocialImageSetup } from './social-image-protocol.ts';

const require = createRequire(import.meta.url);
const { default: satori } = require('satori') as typeof import('satori');
const sharp = require('sharp') as typeof import('sharp').default;
// One PNG at a time per process: the processes are the parallelism, and libvips's own threads would
// only compete with the other process for the same cores.
sharp.concurrency(1);

let setup: SocialImageSetup | undefined;
let fonts: Parameters<typeof satori>[1]['fonts'] = [];

/** Draws one card and writes it to its cache file (whole, then renamed: a killed build leaves no half image). */
async function draw(job: SocialImageJob, current: SocialImageSetup): Promise<void> {
  const svg = await satori(job.element as Parameters<typeof satori>[0], { ...current.size, fonts });
  const png = await sharp(Buffer.from(svg)).png(current.png).toBuffer();
  const partial = `${job.file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, job.file);
}

process.on('message', (message: SocialImageSetup | SocialImageJob) => {
  if (message.kind === 'setup') {
    setup = message;
    // Read once per process: satori keeps the parsed font for the same buffers.
    fonts = message.fonts.map((font) => ({ name: font.name, data: readFileSync(font.path), weight: font.weight, style: 'normal' as const }));
    return;
  }
  const reply = (answer: SocialImageReply): void => void process.send?.(answer);
  if (!setup) {
    reply({ kind: 'failed', file: message.file, error: 'social image worker: a job came before its setup' });
    return;
  }
  draw(message, setup).then(
    () => reply({ kind: 'done', file: message.file }),
    (error: unknown) => reply({ kind: 'failed', file: message.file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
