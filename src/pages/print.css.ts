import type { APIRoute } from 'astro';
import css from '../styles/print.css?raw';
import { requireSite } from '../metadata/link-preview';
import { printStylesheet } from '../styles/print-stylesheet';

/** The print styles as their own file, linked with media="print": never part of the screen CSS a page waits for. */
export const GET: APIRoute = ({ site }) => new Response(printStylesheet(css, requireSite(site)).text, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
