using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Report;

/// <summary>One figure of the monitor in the report: the municipality against the Netherlands, already in words.</summary>
public sealed record ReportFigure(string Municipality, string IndicatorCode, string Indicator, string Period, string Own, string National, string? Judgement, bool OwnSynthetic, bool NationalSynthetic)
{
    public bool Synthetic => OwnSynthetic || NationalSynthetic;
}

/// <summary>Everything a coalition's progress report for one year shows, for the page and the Word file alike.</summary>
public sealed record ProgressReport(
    CoalitionDetail Detail,
    int Year,
    ProgressReportText Texts,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<Activity> NextYearActivities,
    IReadOnlyList<(BudgetSource Source, decimal Amount, string Explanation)> Budget)
{
    public Coalition Coalition => Detail.Coalition;
    public decimal BudgetTotal => Budget.Sum(b => b.Amount);
    public string Title => $"Voortgangsrapportage {Coalition.Name} {Year}";
    public string Municipalities => string.Join(", ", Coalition.Municipalities.Select(m => Detail.MunicipalityNames.GetValueOrDefault(m.MunicipalityCode, m.MunicipalityCode)));

    public string LineTitle(int lineId) => Detail.Lines.FirstOrDefault(l => l.Id == lineId) is { } l ? $"{l.Number}. {l.Title}" : "";

    public string? InterventionName(int? id) => id is { } i && Detail.Interventions.TryGetValue(i, out var intervention) ? intervention.Name : null;

    public string? NationalLineTitle(ActionLine line) => line.NationalLineId is { } n && Detail.NationalLines.TryGetValue(n, out var national) ? national.Title : null;

    public static string Reach(Activity a) => a.Reach is { } r ? $"{r.ToString("N0", MonitorFormat.Dutch)} {a.ReachUnit}".Trim() : "";
}

/// <summary>Puts the report together from the registry, the monitor and the texts the coordinator wrote.</summary>
public sealed class ProgressReportBuilder(KansrijkDb db, CoalitionQueries coalitions, MonitorQueries monitor)
{
    public async Task<ProgressReport?> BuildAsync(int coalitionId, int year, CancellationToken ct)
    {
        var detail = await coalitions.DetailAsync(coalitionId, ct);
        if (detail is null)
        {
            return null;
        }
        var texts = await db.ProgressReportTexts.AsNoTracking().FirstOrDefaultAsync(t => t.CoalitionId == coalitionId && t.Year == year, ct)
            ?? new ProgressReportText { CoalitionId = coalitionId, Year = year, UpdatedBy = "" };
        var budget = detail.Budget.Where(b => b.Year == year).GroupBy(b => b.Source).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(b => b.AmountCents) / 100m,
                string.Join("; ", g.Select(b => b.Note?.Trim()).Where(n => !string.IsNullOrEmpty(n)).Distinct()))).ToList();
        return new ProgressReport(
            detail, year, texts, await FiguresAsync(detail, year, ct),
            [.. detail.Coalition.Partners.Where(p => p.TakesPartIn(year)).OrderBy(p => p.Domain).ThenBy(p => p.Name)],
            [.. detail.Activities.Where(a => a.Year == year)],
            [.. detail.Activities.Where(a => a.Year == year + 1)],
            budget);
    }

    /// <summary>Per municipality and indicator the newest single year up to the report year, against the Netherlands.</summary>
    private async Task<IReadOnlyList<ReportFigure>> FiguresAsync(CoalitionDetail detail, int year, CancellationToken ct)
    {
        var figures = new List<ReportFigure>();
        foreach (var indicator in await monitor.IndicatorsAsync(ct))
        {
            var tables = (await monitor.TablesAsync(indicator.Code, ct)).Where(t => t.Period.IsSingleYear && t.Period.End <= year).ToList();
            foreach (var member in detail.Coalition.Municipalities)
            {
                var table = tables.LastOrDefault(t => t.For(member.MunicipalityCode) is not null);
                if (table is null)
                {
                    continue;
                }
                var own = table.For(member.MunicipalityCode);
                var national = table.Published.GetValueOrDefault(Area.NetherlandsCode) ?? table.Computed.GetValueOrDefault(Area.NetherlandsCode);
                figures.Add(new ReportFigure(
                    detail.MunicipalityNames.GetValueOrDefault(member.MunicipalityCode, member.MunicipalityCode), indicator.Code, indicator.Name,
                    table.Period.ToString(), MonitorFormat.Value(indicator, own), MonitorFormat.Value(indicator, national),
                    MonitorFormat.Judgement(indicator, own, national), own?.Synthetic == true, national?.Synthetic == true));
            }
        }
        return figures;
    }
}
