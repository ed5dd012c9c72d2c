using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

public sealed record CoalitionDetail(
    Coalition Coalition,
    IReadOnlyDictionary<string, string> MunicipalityNames,
    IReadOnlyList<ActionLine> Lines,
    IReadOnlyDictionary<int, ActionLine> NationalLines,
    IReadOnlyList<Activity> Activities,
    IReadOnlyDictionary<int, Intervention> Interventions,
    IReadOnlyList<BudgetLine> Budget)
{
    /// <summary>Per year: the total and the total per source, in euros.</summary>
    public IReadOnlyList<(int Year, decimal Total, IReadOnlyList<(BudgetSource Source, decimal Amount)> PerSource)> BudgetByYear =>
        [.. Budget.GroupBy(b => b.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(b => b.AmountCents) / 100m,
            (IReadOnlyList<(BudgetSource, decimal)>)[.. g.GroupBy(b => b.Source).OrderBy(s => s.Key).Select(s => (s.Key, s.Sum(b => b.AmountCents) / 100m))]))];

    /// <summary>The years from the first partner joining to now (or the last year with a change), for the participation table.</summary>
    public IReadOnlyList<int> PartnerYears(int thisYear)
    {
        var years = Coalition.Partners.SelectMany(p => new[] { p.JoinedYear, p.LeftYear }).OfType<int>().ToList();
        return years.Count == 0 ? [] : [.. Enumerable.Range(years.Min(), Math.Max(thisYear, years.Max()) - years.Min() + 1)];
    }
}

/// <summary>Reading the coalition registry, for pages and the API alike.</summary>
public sealed class CoalitionQueries(KansrijkDb db)
{
    public async Task<IReadOnlyList<Coalition>> ListAsync(CancellationToken ct = default) =>
        await db.Coalitions.AsNoTracking().Include(c => c.Municipalities).OrderBy(c => c.Name).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<string, string>> MunicipalityNamesAsync(IEnumerable<string> codes, CancellationToken ct = default)
    {
        var list = codes.Distinct().ToList();
        return await db.Areas.AsNoTracking().Where(a => list.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> MunicipalitiesAsync(CancellationToken ct = default) =>
        [.. (await db.Areas.AsNoTracking().Where(a => a.Type == Geography.AreaType.Municipality).OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct))
            .Select(a => (a.Code, a.Name))];

    public async Task<CoalitionDetail?> DetailAsync(int id, CancellationToken ct = default)
    {
        var coalition = await db.Coalitions.AsNoTracking()
            .Include(c => c.Municipalities).Include(c => c.Partners).Include(c => c.WorkingGroups).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (coalition is null)
        {
            return null;
        }
        var lines = await db.ActionLines.AsNoTracking().Include(l => l.Goals).Where(l => l.CoalitionId == id || l.CoalitionId == null).ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Where(a => a.CoalitionId == id).OrderBy(a => a.Year).ThenBy(a => a.Title).ToListAsync(ct);
        var interventionIds = activities.Select(a => a.InterventionId).OfType<int>().ToList();
        var interventions = await db.Interventions.AsNoTracking().Where(i => interventionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var budget = await db.BudgetLines.AsNoTracking().Where(b => b.CoalitionId == id).OrderBy(b => b.Year).ThenBy(b => b.Source).ToListAsync(ct);
        return new CoalitionDetail(
            coalition,
            await MunicipalityNamesAsync(coalition.Municipalities.Select(m => m.MunicipalityCode), ct),
            [.. lines.Where(l => l.CoalitionId == id).OrderBy(l => l.Number)],
            lines.Where(l => l.CoalitionId == null).ToDictionary(l => l.Id),
            activities, interventions, budget);
    }

    public async Task<IReadOnlyList<CoalitionChange>> HistoryAsync(int id, CancellationToken ct = default) =>
        await db.CoalitionChanges.AsNoTracking().Where(c => c.CoalitionId == id).OrderByDescending(c => c.Id).ToListAsync(ct);
}
