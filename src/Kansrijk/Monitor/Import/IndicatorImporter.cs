using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Monitor.Import;

public sealed record ImportResult(bool Succeeded, int Added, int Replaced, int? BatchId, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Stores a checked indicator CSV: all rows or none. A row for an indicator, area and period that already has a value
/// replaces it; the old value moves to the history. The rows are first staged in a temporary table (no lock on the
/// database), then merged in one short transaction, so other writers (a login, the access log) wait at most for the
/// merge and readers see the import whole or not at all (docs/decisions/0012-import-staging.md).
/// </summary>
public sealed class IndicatorImporter(KansrijkDb db, TimeProvider clock, MonitorDataVersion version, AccessLogWriter log)
{
    public async Task<ImportResult> ImportAsync(TextReader csv, string fileName, string source, string importedBy,
        bool synthetic = false, CancellationToken cancellationToken = default)
    {
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
            await staging.FillAsync(rows, cancellationToken);

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
            return new ImportResult(true, added, replaced, batch.Id, []);
        }
        finally
        {
            db.ChangeTracker.Clear();
            await staging.DropAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
