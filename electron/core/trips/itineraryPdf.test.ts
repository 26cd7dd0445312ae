// The printable itinerary through real Chromium printing (page.pdf, as the harness
// prints; the app uses printToPDF on the same HTML), read back with pdftotext: the
// Chinese place names come out as text, and each day is its own page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../tests/harness/chromium';
import { itineraryHtml } from './itineraryReport';
import { deqinTrip } from './reportFixture';
import { PDF_OPTIONS } from '../../../tests/harness/printer';
import { pdfText } from '../../../tests/harness/pdf';

describe('the printed itinerary (Chromium PDF)', () => {
  it('holds the Chinese place names as text, one page for the cover and one per day', { timeout: 60_000 }, async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinerary-pdf-'));
    try {
      const page = await browser.newPage();
      await page.setContent(itineraryHtml(deqinTrip(), 'zh'));
      const file = path.join(dir, 'itinerary.pdf');
      fs.writeFileSync(file, await page.pdf(PDF_OPTIONS));
      const text = pdfText(file);
      // A narrow table cell wraps a long name over lines: compare without the line breaks.
      const flat = (s: string) => s.replace(/\s+/g, '');
      expect(flat(text)).toContain('德钦县民族广场');
      expect(flat(text)).toContain('德钦县委党校');
      expect(flat(text)).toContain('赴迪庆州德钦县开展专场招聘');
      // pdftotext separates pages with a form feed: the cover, then five days.
      const pages = text.split('\f').filter((p) => p.trim());
      expect(pages).toHaveLength(6);
      expect(flat(pages[3]!)).toContain('第3天');
      expect(flat(pages[3]!)).toContain('德钦县民族广场');
    } finally {
      await browser.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
