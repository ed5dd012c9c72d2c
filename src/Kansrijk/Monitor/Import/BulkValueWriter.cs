using System.Data.Common;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Kansrijk.Monitor.Import;

/// <summary>
/// Writes many new values inside the import's transaction without the change tracker: binary COPY on
/// PostgreSQL, one prepared INSERT on SQLite. EF Core's own inserts took 8–11 s for 100,000 rows
/// (docs/performance.md); the import must stay under 5 s.
/// </summary>
public static class BulkValueWriter
{
    private static readonly string[] Columns =
        ["IndicatorCode", "AreaCode", "Period", "PeriodStart", "PeriodEnd", "Numerator", "Denominator", "PublishedValue", "ImportBatchId"];

    public static async Task WriteAsync(KansrijkDb db, IReadOnlyList<IndicatorValue> values, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk write must run inside the import's transaction.");
        var table = db.Model.FindEntityType(typeof(IndicatorValue))!.GetTableName()!;
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, table, values, ct);
        }
        else
        {
            await InsertAsync(connection, transaction, table, values, ct);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<IndicatorValue> values, CancellationToken ct)
    {
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var v in values)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(v.IndicatorCode, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(v.AreaCode, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(v.Period, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(v.PeriodStart, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(v.PeriodEnd, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(writer, v.Numerator, NpgsqlDbType.Bigint, ct);
            await WriteNullableAsync(writer, v.Denominator, NpgsqlDbType.Bigint, ct);
            await WriteNullableAsync(writer, v.PublishedValue, NpgsqlDbType.Numeric, ct);
            await writer.WriteAsync(v.ImportBatchId, NpgsqlDbType.Integer, ct);
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

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<IndicatorValue> values, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";
        var parameters = Columns.Select(c =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + c;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var v in values)
        {
            parameters[0].Value = v.IndicatorCode;
            parameters[1].Value = v.AreaCode;
            parameters[2].Value = v.Period;
            parameters[3].Value = v.PeriodStart;
            parameters[4].Value = v.PeriodEnd;
            parameters[5].Value = (object?)v.Numerator ?? DBNull.Value;
            parameters[6].Value = (object?)v.Denominator ?? DBNull.Value;
            parameters[7].Value = (object?)v.PublishedValue ?? DBNull.Value;
            parameters[8].Value = v.ImportBatchId;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
