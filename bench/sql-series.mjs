// SQL pieces shared by the data generators: number series, stable UUID-shaped ids, picks from
// fixed lists and calendar dates, written once for SQLite and PostgreSQL. Everything is made by
// the database itself from number series, so millions of rows take seconds, not minutes.

/** The helpers for one dialect: 'sqlite' or 'postgres'. */
export function sqlSeries(dialect) {
  const pg = dialect === 'postgres';
  return {
    pg,
    /** A day in milliseconds, as a 64-bit SQL value (PostgreSQL would overflow int4). */
    day: 'CAST(86400000 AS BIGINT)',
    /** A number series 1..n as a table expression with column i. */
    series: (n) =>
      pg ? `generate_series(1, ${n}) AS s(i)`
         : `(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n}) SELECT i FROM s) AS s`,
    /** A UUID-shaped id from a kind (one hex digit) and a number, so ids are stable and valid. */
    id: (kind, expr) =>
      pg ? `'b0000000-0000-7000-${kind}000-' || lpad(to_hex(${expr}), 12, '0')`
         : `printf('b0000000-0000-7000-${kind}000-%012x', ${expr})`,
    /** The i-th item of a fixed list, as SQL. */
    pick: (list, expr) =>
      `(CASE (${expr}) % ${list.length} ${list.map((v, n) => `WHEN ${n} THEN '${v}'`).join(' ')} END)`,
    /** 'YYYY-MM-DD' for today + days. */
    dateIn: (daysExpr) =>
      pg ? `to_char((CURRENT_DATE + ((${daysExpr})::int)), 'YYYY-MM-DD')`
         : `date('now', (${daysExpr}) || ' days')`,
  };
}
