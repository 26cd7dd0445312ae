// The printable itinerary through real Chromium printing (page.pdf, as the harness
// prints; the app uses printToPDF on the same HTML), read back with pdftotext: the
// Chinese place names come out as text, 德钦县民族广场 on one line of its 地点 cell, and the
// days follow one another (fewer pages than a page per day plus a cover).
import { execFileSync } from 'node:child_process';
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
  it('holds the Chinese place names as text, compactly: fewer pages than days + 1', { timeout: 60_000 }, async () => {
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
      // Unflattened: the 地点 column holds the place on one line.
      expect(text).toContain('德钦县民族广场');
      // pdftotext separates pages with a form feed: five days fit on fewer than six pages.
      const pages = text.split('\f').filter((p) => p.trim());
      expect(pages.length).toBeLessThan(5 + 1);
      expect(flat(text).indexOf('第3天')).toBeLessThan(flat(text).indexOf('德钦县民族广场'));
      // The first page as printed, to look at.
      const artifacts = path.join(__dirname, '..', '..', '..', 'tests', 'artifacts');
      fs.mkdirSync(artifacts, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(artifacts, 'itinerary-pdf-fixture-page1')]);
    } finally {
      await browser.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
