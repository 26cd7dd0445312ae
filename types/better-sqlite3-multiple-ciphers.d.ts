// better-sqlite3-multiple-ciphers is better-sqlite3 built with SQLite3MultipleCiphers: the
// same API. Its own typings are not reachable through its package.json "exports", and a
// tsconfig `paths` entry would also redirect tsx at run time (to a .d.ts), so the driver is
// typed with better-sqlite3's DefinitelyTyped declarations.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
