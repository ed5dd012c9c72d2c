using System.Data.Common;
using Kansrijk.Platform.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Kansrijk.Monitor.Import;

/// <summary>
/// The checked rows of one import in a temporary table of the import's own connection, then merged into the real
/// tables with three set-based statements in one short transaction (docs/decisions/0012-import-staging.md).
/// Filling the temporary table takes no lock on the database, so on SQLite logins and page views wait at most for the
/// merge, not for the whole import. A temporary table is seen by nobody else and disappears with its connection, so a
/// failed or interrupted import leaves nothing behind.
/// </summary>
public sealed class ImportStaging(KansrijkDb db)
{
    private const string Table = "kansrijk_import_staging";

    private DbConnection Connection => db.Database.GetDbConnection();
    private bool Postgres => Connection is NpgsqlConnection;
    private string Values => db.Model.FindEntityType(typeof(IndicatorValue))!.GetTableName()!;
    private string History => db.Model.FindEntityType(typeof(IndicatorValueHistory))!.GetTableName()!;

    /// <summary>Creates the temporary table on the (open) connection and fills it with <paramref name="rows"/>.</summary>
    public async Task FillAsync(IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        await DropAsync();
        // SQLite: keep the temporary table in memory (100,000 rows are about 10 MB), not in a temporary file.
        if (!Postgres) await ExecuteAsync("PRAGMA temp_store = MEMORY", ct);
        await ExecuteAsync(Postgres
            ? $"CREATE TEMP TABLE {Table} (code varchar(12) NOT NULL, area varchar(6) NOT NULL, period varchar(9) NOT NULL, period_start integer NOT NULL, period_end integer NOT NULL, numerator bigint, denominator bigint, value numeric(18,4))"
            // No declared type for value: it keeps the form EF Core's SQLite provider gives a decimal (text).
            : $"CREATE TEMP TABLE {Table} (code TEXT NOT NULL, area TEXT NOT NULL, period TEXT NOT NULL, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, numerator INTEGER, denominator INTEGER, value)", ct);
        if (Connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, rows, ct);
        }
        else
        {
            await InsertAsync((SqliteConnection)Connection, rows, ct);
        }
        await ExecuteAsync($"CREATE UNIQUE INDEX {Table}_key ON {Table} (code, area, period)", ct);
        if (Postgres) await ExecuteAsync($"ANALYZE {Table}", ct);
    }

    /// <summary>Inside the import's transaction: old values to the history, replaced values updated, new values added. Returns how many were replaced.</summary>
    public async Task<int> MergeAsync(int batchId, CancellationToken ct)
    {
        var match = $"s.code = v.\"IndicatorCode\" AND s.area = v.\"AreaCode\" AND s.period = v.\"Period\"";
        // Every statement joins all staged rows with the table: a hash join, one pass over each. PostgreSQL misjudges how few
        // rows match on three correlated columns and picked a nested loop over an index instead (6 s instead of 0.6 s for
        // 102,600 rows, decision 0019); for this transaction only, it may not.
        if (Postgres) await ExecuteAsync("SET LOCAL enable_nestloop = off", ct);
        await ExecuteAsync(
            $"INSERT INTO \"{History}\" (\"IndicatorCode\", \"AreaCode\", \"Period\", \"Numerator\", \"Denominator\", \"PublishedValue\", \"ImportBatchId\", \"ReplacedByBatchId\") " +
            $"SELECT v.\"IndicatorCode\", v.\"AreaCode\", v.\"Period\", v.\"Numerator\", v.\"Denominator\", v.\"PublishedValue\", v.\"ImportBatchId\", @batch " +
            $"FROM \"{Values}\" v JOIN {Table} s ON {match}", ct, batchId);
        var replaced = await ExecuteAsync(
            $"UPDATE \"{Values}\" AS v SET \"Numerator\" = s.numerator, \"Denominator\" = s.denominator, \"PublishedValue\" = s.value, \"ImportBatchId\" = @batch " +
            $"FROM {Table} s WHERE {match}", ct, batchId);
        await ExecuteAsync(
            $"INSERT INTO \"{Values}\" (\"IndicatorCode\", \"AreaCode\", \"Period\", \"PeriodStart\", \"PeriodEnd\", \"Numerator\", \"Denominator\", \"PublishedValue\", \"ImportBatchId\") " +
            $"SELECT s.code, s.area, s.period, s.period_start, s.period_end, s.numerator, s.denominator, s.value, @batch FROM {Table} s " +
            $"WHERE NOT EXISTS (SELECT 1 FROM \"{Values}\" v WHERE {match})", ct, batchId);
        return replaced;
    }

    /// <summary>Drops the temporary table, so a pooled connection does not carry it to the next user.</summary>
    public async Task DropAsync()
    {
        try
        {
            await ExecuteAsync($"DROP TABLE IF EXISTS {(Postgres ? "pg_temp" : "temp")}.{Table}", CancellationToken.None);
        }
        catch (DbException)
        {
            // The connection is broken; its temporary table went with it.
        }
    }

    /// <summary>Runs <paramref name="sql"/> (built from the model's table names and constants only) in the import's transaction, if any.</summary>
    private async Task<int> ExecuteAsync(string sql, CancellationToken ct, int? batchId = null)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (batchId is { } id)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@batch";
            parameter.Value = id;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Table} (code, area, period, period_start, period_end, numerator, denominator, value) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(r.IndicatorCode, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.AreaCode, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.Period.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.Period.Start, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(r.Period.End, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(writer, r.Numerator, NpgsqlDbType.Bigint, ct);
            await WriteNullableAsync(writer, r.Denominator, NpgsqlDbType.Bigint, ct);
            await WriteNullableAsync(writer, r.Value, NpgsqlDbType.Numeric, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct
    {
        if (value is { } v)
        {
            await writer.WriteAsync(v, type, ct);
        }
        else
        {
            await writer.WriteNullAsync(ct);
        }
    }

    /// <summary>
    /// One prepared INSERT in a deferred transaction that only touches the temporary database: SQLite takes no lock on
    /// the main database file for it, so other connections keep writing.
    /// </summary>
    private static async Task InsertAsync(SqliteConnection connection, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        // Deferred: BEGIN, not BEGIN IMMEDIATE, which would take the main database's write lock at once.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Table} VALUES ($code, $area, $period, $start, $end, $numerator, $denominator, $value)";
        var parameters = new[] { "$code", "$area", "$period", "$start", "$end", "$numerator", "$denominator", "$value" }
            .Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        await command.PrepareAsync(ct);
        foreach (var r in rows)
        {
            parameters[0].Value = r.IndicatorCode;
            parameters[1].Value = r.AreaCode;
            parameters[2].Value = r.Period.ToString();
            parameters[3].Value = r.Period.Start;
            parameters[4].Value = r.Period.End;
            parameters[5].Value = (object?)r.Numerator ?? DBNull.Value;
            parameters[6].Value = (object?)r.Denominator ?? DBNull.Value;
            parameters[7].Value = (object?)r.Value ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }
}
