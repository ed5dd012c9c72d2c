using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Monitor.Import;

public sealed record ImportResult(bool Succeeded, int Added, int Replaced, int? BatchId, IReadOnlyList<ImportError> Errors)
{
    /// <summary>How long checking, staging and merging took; the merge is the time other writers may wait.</summary>
    public ImportTimings? Timings { get; init; }
}

public sealed record ImportTimings(TimeSpan Check, TimeSpan Stage, TimeSpan Merge);

/// <summary>
/// Stores a checked indicator CSV: all rows or none. A row for an indicator, area and period that already has a value
/// replaces it; the old value moves to the history. The rows are first staged in a temporary table (no lock on the
/// database), then merged in one short transaction, so other writers (a login, the access log) wait at most for the
/// merge and readers see the import whole or not at all (docs/decisions/0012-import-staging.md).
/// </summary>
public sealed partial class IndicatorImporter(KansrijkDb db, TimeProvider clock, MonitorDataVersion version, AccessLogWriter log, ILogger<IndicatorImporter> logger)
{
    public async Task<ImportResult> ImportAsync(TextReader csv, string fileName, string source, string importedBy,
        bool synthetic = false, CancellationToken cancellationToken = default)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Type, cancellationToken);
        // Read asynchronously: a request body may not be read synchronously.
        var (rows, errors) = IndicatorCsv.Read(await csv.ReadToEndAsync(cancellationToken), indicators, areas);
        if (errors.Count > 0)
        {
            return new ImportResult(false, 0, 0, null, errors);
        }

        var staging = new ImportStaging(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var check = watch.Elapsed;
            await staging.FillAsync(rows, cancellationToken);
            var stage = watch.Elapsed;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = new ImportBatch
            {
                FileName = fileName,
                Source = source,
                ImportedBy = importedBy,
                Synthetic = synthetic,
                ImportedAt = clock.GetUtcNow().UtcDateTime,
                RowCount = rows.Count,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            var replaced = await staging.MergeAsync(batch.Id, cancellationToken);
            var added = rows.Count - replaced;
            // The values are written with SQL, not through the change tracker: one row says what the import changed.
            log.Add(db, new AccessEvent(AccessAction.Update, nameof(IndicatorValue), batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Details: $"Import {fileName}: {added} waarden toegevoegd, {replaced} vervangen (oude waarden in de geschiedenis)"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            version.Bump();
            var timings = new ImportTimings(check, stage - check, watch.Elapsed - stage);
            Imported(logger, fileName, rows.Count, timings.Check.TotalMilliseconds, timings.Stage.TotalMilliseconds, timings.Merge.TotalMilliseconds);
            return new ImportResult(true, added, replaced, batch.Id, []) { Timings = timings };
        }
        finally
        {
            db.ChangeTracker.Clear();
            await staging.DropAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {File}: {Rows} rows checked in {Check:N0} ms, staged in {Stage:N0} ms, merged in {Merge:N0} ms (the write lock)")]
    private static partial void Imported(ILogger logger, string file, int rows, double check, double stage, double merge);
}
