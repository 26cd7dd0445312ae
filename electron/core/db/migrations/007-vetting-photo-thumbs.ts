// Migration 7: photo thumbnails. Frozen: it has shipped, so never edit it; add a migration instead.
import type { Migration } from './types';

const migration: Migration = {
  version: 7,
  name: 'vetting photo thumbnails for printed reports',
  // A ≤ 320 px JPEG of each photo, made by the renderer when it attaches the photo: reports
  // embed it instead of the full picture (a 200-company summary stays small and prints fast).
  // Its own table rather than a column after vetting_photos.data, so reading a thumbnail never
  // walks the overflow pages of the full image. Photos attached before have none; reports then
  // scale the full image down by CSS.
  sql: `
CREATE TABLE vetting_photo_thumbs (
  photo_id TEXT PRIMARY KEY REFERENCES vetting_photos (id) ON DELETE CASCADE,
  mime     TEXT NOT NULL,
  width    INTEGER NOT NULL,
  height   INTEGER NOT NULL,
  data     BLOB NOT NULL
) STRICT;
`,
};

export default migration;
