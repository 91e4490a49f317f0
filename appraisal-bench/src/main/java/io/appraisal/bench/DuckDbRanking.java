package io.appraisal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same recalculation as {@link Baseline}, as one SQL query in an in-memory DuckDB database: the raw values are
 * loaded once into a table {@code raw(u, cat, i01 … i30)}; {@link #rank} runs the min-max statistics (one
 * aggregation), the weighted mean and the rounding per row, and {@code RANK() OVER (ORDER BY key DESC)} overall and
 * {@code PARTITION BY cat} within categories, and reads the ranks back into Java arrays.
 *
 * <p>The arithmetic is written in {@link Baseline}'s order with every constant a {@code DOUBLE} (a SQL literal such
 * as {@code 1.5} is a decimal), so the keys are the baseline's; the benchmark's set-up checks it.
 */
final class DuckDbRanking implements AutoCloseable {
  private final Connection connection;
  private final String query;
  private final int n;

  DuckDbRanking(SyntheticData data) throws SQLException {
    n = data.size();
    connection = DriverManager.getConnection("jdbc:duckdb:");
    StringBuilder columns = new StringBuilder("u INTEGER, cat INTEGER");
    for (String id : data.indicatorIds) {
      columns.append(", ").append(id).append(" DOUBLE");
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE raw (" + columns + ")");
    }
    try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "raw")) {
      for (int u = 0; u < n; u++) {
        appender.beginRow();
        appender.append(u);
        appender.append(data.category[u]);
        for (double[] column : data.columns) {
          appender.append(column[u]);
        }
        appender.endRow();
      }
    }
    query = query(data);
  }

  private static String query(SyntheticData data) {
    StringBuilder stats = new StringBuilder();
    StringBuilder sum = new StringBuilder();
    double weightTotal = 0;
    for (int j = 0; j < data.indicatorIds.length; j++) {
      String id = data.indicatorIds[j];
      weightTotal += data.weights[j];
      stats.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT,
          "min(%1$s) AS lo_%1$s, CAST(1 AS DOUBLE) / (max(%1$s) - min(%1$s)) AS scale_%1$s", id));
      String fraction = String.format(Locale.ROOT, "((%1$s - lo_%1$s) * scale_%1$s)", id);
      sum.append(j == 0 ? "" : " + ").append(String.format(Locale.ROOT, "CAST(%s AS DOUBLE) * %s",
          Double.toString(data.weights[j]),
          data.lowerIsBetter[j] ? "(CAST(1 AS DOUBLE) - " + fraction + ")" : fraction));
    }
    return "WITH s AS (SELECT " + stats + " FROM raw),\n"
        + " k AS (SELECT u, cat, CAST(round(greatest(CAST(0 AS DOUBLE), least(CAST(1 AS DOUBLE), (" + sum
        + ") / CAST(" + weightTotal + " AS DOUBLE))) * 100 * 100) AS BIGINT) AS key FROM raw, s)\n"
        + "SELECT u, key, RANK() OVER (ORDER BY key DESC) AS overall,"
        + " RANK() OVER (PARTITION BY cat ORDER BY key DESC) AS in_cat FROM k";
  }

  /** Runs the query and reads every unit's key and ranks, by unit index. */
  Baseline.Ranks rank() throws SQLException {
    long[] key = new long[n];
    int[] overall = new int[n];
    int[] inCategory = new int[n];
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        int u = rows.getInt(1);
        key[u] = rows.getLong(2);
        overall[u] = rows.getInt(3);
        inCategory[u] = rows.getInt(4);
      }
    }
    return new Baseline.Ranks(key, overall, inCategory);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
