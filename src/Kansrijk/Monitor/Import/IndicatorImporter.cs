using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Monitor.Import;

public sealed record ImportResult(bool Succeeded, int Added, int Replaced, int? BatchId, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Stores a checked indicator CSV in one transaction: all rows or none. A row for an indicator, area and period
/// that already has a value replaces it; the old value moves to the history.
/// </summary>
public sealed class IndicatorImporter(KansrijkDb db, TimeProvider clock, MonitorDataVersion version)
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

        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
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

            var codes = rows.Select(r => r.IndicatorCode).Distinct().ToList();
            var existing = await db.IndicatorValues.AsNoTracking().Where(v => codes.Contains(v.IndicatorCode))
                .ToDictionaryAsync(v => (v.IndicatorCode, v.AreaCode, v.Period), cancellationToken);
            var added = new List<IndicatorValue>();
            var replaced = 0;
            foreach (var row in rows)
            {
                var key = (row.IndicatorCode, row.AreaCode, row.Period.ToString());
                if (existing.TryGetValue(key, out var old))
                {
                    db.IndicatorValueHistory.Add(new IndicatorValueHistory
                    {
                        IndicatorCode = old.IndicatorCode,
                        AreaCode = old.AreaCode,
                        Period = old.Period,
                        Numerator = old.Numerator,
                        Denominator = old.Denominator,
                        PublishedValue = old.PublishedValue,
                        ImportBatchId = old.ImportBatchId,
                        ReplacedByBatchId = batch.Id,
                    });
                    old.Numerator = row.Numerator;
                    old.Denominator = row.Denominator;
                    old.PublishedValue = row.Value;
                    old.ImportBatchId = batch.Id;
                    db.IndicatorValues.Update(old);
                    replaced++;
                }
                else
                {
                    added.Add(new IndicatorValue
                    {
                        IndicatorCode = row.IndicatorCode,
                        AreaCode = row.AreaCode,
                        Period = key.Item3,
                        PeriodStart = row.Period.Start,
                        PeriodEnd = row.Period.End,
                        Numerator = row.Numerator,
                        Denominator = row.Denominator,
                        PublishedValue = row.Value,
                        ImportBatchId = batch.Id,
                    });
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            await BulkValueWriter.WriteAsync(db, added, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            version.Bump();
            return new ImportResult(true, added.Count, replaced, batch.Id, []);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }
    }
}
