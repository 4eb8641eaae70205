import Database from 'better-sqlite3';

/** Rows from the demo collector's SQLite file, opened read-only for this one query while the demo goes on writing. */
export function queryDemoDb<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
