// The window's size, place and maximised state, remembered in a small file in the user-data
// folder (its own file, not app-settings.json: it is rewritten whenever the window is moved, by
// the main process, while the core writes app-settings.json from its thread). At start the saved
// place is checked against the displays there are now: a window on a monitor that has gone, or
// beyond a resolution that shrank, comes back where it can be seen.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The window's normal (not maximised) bounds, so un-maximising restores them. */
  bounds: Rect;
  maximized: boolean;
}

/** The window's size when nothing is remembered, and the smallest it may be. */
export const WINDOW_SIZE = { width: 1280, height: 800, minWidth: 1024, minHeight: 700 } as const;

/**
 * Less of the window than this share on any display, and it is treated as lost: centred on
 * the primary display rather than pulled in from a monitor that is mostly not there.
 */
const MIN_VISIBLE_SHARE = 0.25;

const isRect = (v: unknown): v is Rect =>
  typeof v === 'object' &&
  v !== null &&
  (['x', 'y', 'width', 'height'] as const).every((k) => Number.isFinite((v as Record<string, unknown>)[k])) &&
  (v as Rect).width > 0 &&
  (v as Rect).height > 0;

/** The remembered state, or null when there is none or it is not what this module wrote. */
export function readWindowState(dir: string): WindowState | null {
  try {
    const raw: unknown = JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'));
    if (typeof raw !== 'object' || raw === null) return null;
    const { bounds, maximized } = raw as Record<string, unknown>;
    return isRect(bounds) ? { bounds, maximized: maximized === true } : null;
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the previous state. */
export function writeWindowState(dir: string, state: WindowState): void {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, WINDOW_STATE_FILE);
  writeFileSync(`${target}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${target}.tmp`, target);
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** A size that fits the area: the saved (or default) size, at least the minimum unless the area is smaller. */
function fitSize(width: number, height: number, area: Rect) {
  return {
    width: Math.round(clamp(width, Math.min(WINDOW_SIZE.minWidth, area.width), area.width)),
    height: Math.round(clamp(height, Math.min(WINDOW_SIZE.minHeight, area.height), area.height)),
  };
}

function centredOn(area: Rect, width: number, height: number): Rect {
  const size = fitSize(width, height, area);
  return { x: Math.round(area.x + (area.width - size.width) / 2), y: Math.round(area.y + (area.height - size.height) / 2), ...size };
}

/**
 * Where the window opens: the saved bounds when they are on a display now (moved and shrunk as
 * needed to lie wholly within the display's work area, which leaves out task bars), else centred
 * on the primary display. `workAreas` are every display's work area (screen.getAllDisplays()),
 * `primary` the primary display's. The maximised state is kept as it was: the window opens at
 * these bounds, on that display, and is maximised there.
 */
export function placeWindow(saved: WindowState | null, workAreas: Rect[], primary: Rect): WindowState {
  if (!saved) return { bounds: centredOn(primary, WINDOW_SIZE.width, WINDOW_SIZE.height), maximized: false };
  const { bounds } = saved;
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(bounds, area);
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared];
  }
  if (!best || bestOverlap < MIN_VISIBLE_SHARE * bounds.width * bounds.height) {
    return { bounds: centredOn(primary, bounds.width, bounds.height), maximized: saved.maximized };
  }
  const size = fitSize(bounds.width, bounds.height, best);
  return {
    bounds: {
      x: Math.round(clamp(bounds.x, best.x, best.x + best.width - size.width)),
      y: Math.round(clamp(bounds.y, best.y, best.y + best.height - size.height)),
      ...size,
    },
    maximized: saved.maximized,
  };
}
