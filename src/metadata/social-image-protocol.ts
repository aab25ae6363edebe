/**
 * The messages between the build and its social image worker processes (src/metadata/social-image-worker.ts).
 * Types only, so that the worker, which Node runs without a bundler, can import it.
 */
import type { PngOptions } from 'sharp';

/** Sent once to each worker: what every card shares. */
export interface SocialImageSetup {
  kind: 'setup';
  size: { width: number; height: number };
  fonts: Array<{ name: string; path: string; weight: 400 | 700 }>;
  png: PngOptions;
}

/** One card to draw: its satori element tree, and the cache file to write the PNG to. */
export interface SocialImageJob {
  kind: 'job';
  element: unknown;
  file: string;
}

export type SocialImageReply = { kind: 'done'; file: string } | { kind: 'failed'; file: string; error: string };
