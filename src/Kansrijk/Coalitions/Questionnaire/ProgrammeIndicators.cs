using Kansrijk.Monitor;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Questionnaire;

/// <summary>
/// Writes L01–L05 for one municipality and year from its confirmed questionnaire into the monitor, as counts of
/// municipalities (1 of 1 = ja, 0 of 1 = nee), so regions, provinces and the country follow by the monitor's own sums.
/// L03 only counts centrumgemeenten. An unconfirmed or missing questionnaire leaves no value: unknown, not "nee".
/// A value that changes goes to the monitor's history, in a batch with source <see cref="IndicatorCatalogue.Register"/>.
/// </summary>
public sealed class ProgrammeIndicators(KansrijkDb db, TimeProvider clock, MonitorDataVersion version)
{
    /// <summary>What the questionnaire says for each of L01–L05; a missing key means no value.</summary>
    public static IReadOnlyDictionary<string, bool> Answers(YearlyQuestionnaire? questionnaire, bool centralMunicipality)
    {
        if (questionnaire is not { Confirmed: true })
        {
            return new Dictionary<string, bool>();
        }
        var answers = new Dictionary<string, bool>
        {
            ["L01"] = questionnaire.Coalition == CoalitionAnswer.Yes,
            ["L02"] = questionnaire.JointPlan,
            ["L04"] = questionnaire.PrenatalHomeVisit,
            ["L05"] = questionnaire.VoorZorg,
        };
        if (centralMunicipality)
        {
            answers["L03"] = questionnaire.NuNietZwanger;
        }
        return answers;
    }

    /// <summary>
    /// Brings the monitor in line with the saved questionnaire and centrumgemeente mark. Saves; the caller holds the
    /// transaction that also saved the questionnaire. Returns the number of values changed.
    /// </summary>
    public async Task<int> UpdateAsync(string municipalityCode, int year, string who, CancellationToken ct)
    {
        var questionnaire = await db.YearlyQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.MunicipalityCode == municipalityCode && q.Year == year, ct);
        var central = await db.CentralMunicipalities.AnyAsync(c => c.MunicipalityCode == municipalityCode, ct);
        var wanted = Answers(questionnaire, central);

        var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var codes = IndicatorCatalogue.RegisterCodes.ToList();
        var existing = await db.IndicatorValues.Where(v => v.AreaCode == municipalityCode && v.Period == period && codes.Contains(v.IndicatorCode)).ToListAsync(ct);
        var changes = codes
            .Select(code => (Code: code, Old: existing.FirstOrDefault(v => v.IndicatorCode == code), New: wanted.TryGetValue(code, out var yes) ? (yes ? 1L : 0L) : (long?)null))
            .Where(c => c.Old is null ? c.New is not null : c.Old.Numerator != c.New || c.Old.Denominator != 1 || c.Old.PublishedValue is not null)
            .ToList();
        if (changes.Count == 0)
        {
            return 0;
        }

        var batch = new ImportBatch
        {
            FileName = $"vragenlijst {municipalityCode} {period}",
            Source = IndicatorCatalogue.Register,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            ImportedBy = who,
            RowCount = changes.Count,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        foreach (var (code, old, numerator) in changes)
        {
            if (old is not null)
            {
                db.IndicatorValueHistory.Add(new IndicatorValueHistory
                {
                    IndicatorCode = code,
                    AreaCode = municipalityCode,
                    Period = period,
                    Numerator = old.Numerator,
                    Denominator = old.Denominator,
                    PublishedValue = old.PublishedValue,
                    ImportBatchId = old.ImportBatchId,
                    ReplacedByBatchId = batch.Id,
                });
            }
            if (numerator is null)
            {
                db.IndicatorValues.Remove(old!);
            }
            else if (old is not null)
            {
                (old.Numerator, old.Denominator, old.PublishedValue, old.ImportBatchId) = (numerator, 1, null, batch.Id);
            }
            else
            {
                db.IndicatorValues.Add(new IndicatorValue
                {
                    IndicatorCode = code,
                    AreaCode = municipalityCode,
                    Period = period,
                    PeriodStart = year,
                    PeriodEnd = year,
                    Numerator = numerator,
                    Denominator = 1,
                    ImportBatchId = batch.Id,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        version.Bump();
        return changes.Count;
    }
}
