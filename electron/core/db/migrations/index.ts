// Numbered migrations on PRAGMA user_version, one file per version. db/open.ts runs each in
// its own transaction together with the version bump, so a file is never left half-migrated.
//
// A migration that has shipped is frozen: users' files were migrated by exactly that code,
// and a workspace still at an older version must get the same result years later. So each
// file is self-contained (its SQL and seed data inline, no import of the app's repositories,
// search, seed lists or id generator), frozen.test.ts checks the files against their hashes
// and the resulting schema against schema.snapshot.sql. To change the schema, append a
// migration: a new file NNN-what.ts, listed below, with a test beside it.
import m001 from './001-foundation';
import m002 from './002-search-indexes';
import m003 from './003-vetting';
import m004 from './004-positions';
import m005 from './005-trips';
import m006 from './006-outcomes';
import m007 from './007-vetting-photo-thumbs';
import m008 from './008-application-id';
import m009 from './009-flat-queries';
import m010 from './010-export-log';
import m011 from './011-secure-delete';
import m012 from './012-compact-search-numbers';
import m013 from './013-team-sync';
import m014 from './014-vetting-dates';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
