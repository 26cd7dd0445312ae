// The number in every workspace file's header (PRAGMA application_id) that says "this is a
// workspace of this app": 0x4C494149, "LIAI". Migration 8 writes it (as a literal: migrations
// never import live code); opening a file checks it before anything is written.
export const APP_ID = 1279869257;
