// What PRAGMA application_id says in a workspace file (set by migration 8): 0x4C494149, the
// ASCII of "LIAI", so a tool or the app can tell this app's workspace from any other SQLite
// file. Migrations do not import this (they never import live code): 008 writes the literal.
export const APP_ID = 1279869257;
