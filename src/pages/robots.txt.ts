import type { APIRoute } from 'astro';
import { requireSite } from '../metadata/link-preview';
import { robotsTxt } from '../metadata/sitemap';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(requireSite(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
