import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeWindow, type Rect, readWindowState, WINDOW_STATE_FILE, type WindowState, writeWindowState } from './windowState';

// Work areas as Electron reports them: a 1920×1080 primary with a 40 px task bar at the bottom.
const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const left: Rect = { x: -1680, y: 0, width: 1680, height: 1010 };
const at = (x: number, y: number, width = 1280, height = 800, maximized = false): WindowState => ({ bounds: { x, y, width, height }, maximized });
const inside = (b: Rect, area: Rect) => b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height;

describe('where the window opens', () => {
  it('opens 1280×800 centred on the primary display the first time', () => {
    expect(placeWindow(null, [primary, right], primary)).toEqual(at(320, 120));
  });

  it('comes back exactly where it was when that place is on a display', () => {
    expect(placeWindow(at(100, 50), [primary, right], primary)).toEqual(at(100, 50));
    expect(placeWindow(at(2200, 300, 1600, 900), [primary, right], primary)).toEqual(at(2200, 300, 1600, 900));
  });

  it('comes back on a left monitor, at negative coordinates', () => {
    expect(placeWindow(at(-1500, 100), [primary, left], primary)).toEqual(at(-1500, 100));
    // Partly past the left monitor's left edge: pulled in, on the same monitor.
    expect(placeWindow(at(-1800, 100), [primary, left], primary)).toEqual(at(-1680, 100));
  });

  it('a monitor removed: centred on the primary display, its size kept', () => {
    const placed = placeWindow(at(2200, 300, 1600, 900), [primary], primary);
    expect(placed).toEqual(at(160, 70, 1600, 900));
    const fromLeft = placeWindow(at(-1500, 100), [primary], primary);
    expect(fromLeft).toEqual(at(320, 120));
  });

  it('a resolution that shrank: moved and shrunk to lie wholly within the display', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    const placed = placeWindow(at(600, 300, 1280, 800), [small], small);
    expect(placed).toEqual(at(86, 0, 1280, 728));
    expect(inside(placed.bounds, small)).toBe(true);
    // A display smaller than the window's minimum still gets the whole window.
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 600 };
    expect(placeWindow(at(0, 0, 1280, 800), [tiny], tiny)).toEqual(at(0, 0, 800, 600));
  });

  it('mostly off every display: treated as lost, not dragged in by a sliver', () => {
    // Only a 100 px strip of the window is on the primary display.
    expect(placeWindow(at(1820, 100), [primary], primary)).toEqual(at(320, 120));
    // Most of it is: pulled in at the edge.
    expect(placeWindow(at(1000, 100), [primary], primary)).toEqual(at(640, 100));
  });

  it('keeps the maximised state, with the normal bounds on the display it was on', () => {
    expect(placeWindow(at(2200, 300, 1600, 900, true), [primary, right], primary)).toEqual(at(2200, 300, 1600, 900, true));
    expect(placeWindow(at(2200, 300, 1600, 900, true), [primary], primary)).toEqual(at(160, 70, 1600, 900, true));
  });
});

describe('the remembered state', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written whole and read back', () => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-window-'));
    expect(readWindowState(dir)).toBeNull();
    writeWindowState(dir, at(-1500, 100, 1400, 900, true));
    expect(readWindowState(dir)).toEqual(at(-1500, 100, 1400, 900, true));
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(at(-1500, 100, 1400, 900, true));
  });

  it('reads a damaged or foreign file as nothing remembered', () => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-window-'));
    for (const text of ['{', '[]', 'null', '{"bounds":{"x":0,"y":0,"width":0,"height":800}}', '{"bounds":{"x":"a","y":0,"width":10,"height":10}}', '{"bounds":{"x":null,"y":0,"width":1e999,"height":10}}']) {
      writeFileSync(join(dir, WINDOW_STATE_FILE), text);
      expect(readWindowState(dir), text).toBeNull();
    }
  });
});
