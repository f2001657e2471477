/**
 * Numbered schema migrations of the SQLite store. `PRAGMA user_version` records how many have
 * been applied; each runs once, in order, inside a transaction. Never edit a published migration:
 * append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: one table of JSON documents; `seq` keeps the first-write order that lists return.
  `CREATE TABLE entities (
     collection TEXT NOT NULL,
     scope      TEXT NOT NULL,
     id         TEXT NOT NULL,
     seq        INTEGER NOT NULL,
     doc        TEXT NOT NULL,
     PRIMARY KEY (collection, scope, id)
   ) WITHOUT ROWID;
   CREATE INDEX entities_by_seq ON entities (collection, scope, seq);`,
];
