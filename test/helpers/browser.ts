import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { ROOT } from './client.js';

/** Debian's chromium (scripts/browser-up.sh installs it); puppeteer-core never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (as root: bash scripts/browser-up.sh), or set CHROMIUM_PATH.`);
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // As root (tests and CI run as root here) Chromium refuses to start without --no-sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
  });
}

/** What a page did while a test watched it. */
export interface Watched {
  page: Page;
  /** console.error messages and uncaught exceptions, from the page and its frames. */
  errors: string[];
  /** Every request other than the page itself, about:blank/about:srcdoc or a data: URI: each is refused. */
  blocked: string[];
}

/** A new page that refuses and records every network request but `allowed` (the page's own URL). */
export async function watchedPage(browser: Browser, allowed: string[] = []): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = r.url();
    if (allowed.includes(url) || url.startsWith('data:') || url === 'about:blank' || url === 'about:srcdoc') return void r.continue();
    blocked.push(url);
    void r.abort();
  });
  return { page, errors, blocked };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * Triage cards are drawn only once scrolled to (content-visibility: auto); a full-page screenshot
 * would catch the ones below the fold before they are. Draw them all first.
 */
export async function showAllCards(target: Page | Frame): Promise<void> {
  await target.evaluate(() => document.querySelectorAll<HTMLElement>('#log-triage .card').forEach((c) => (c.style.contentVisibility = 'visible')));
  await target.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
