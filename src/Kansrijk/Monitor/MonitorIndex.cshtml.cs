using Kansrijk.Geography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Monitor;

public sealed class MonitorIndexModel(MonitorQueries queries) : PageModel
{
    public sealed record Row(Indicator Indicator, MonitorCell? Latest, string Trend);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Area> AreaChoices { get; private set; } = [];
    public bool AnySynthetic => Rows.Any(r => r.Latest?.Synthetic == true);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = new List<Row>();
        foreach (var indicator in await queries.IndicatorsAsync(ct))
        {
            var years = (await queries.TablesAsync(indicator.Code, ct)).Where(t => t.Period.IsSingleYear).ToList();
            List<MonitorCell> Series(Func<IndicatorTable, MonitorCell?> pick) =>
                [.. years.Select(pick).OfType<MonitorCell>().Where(c => !c.Suppressed && c.Value is not null)];
            // The official published national series goes first; a series computed from municipalities (which may be
            // incomplete, e.g. while municipalities still answer the questionnaire) only where nothing is published.
            // One source per row, so a trend never mixes the two.
            var published = Series(t => t.Published.GetValueOrDefault(Area.NetherlandsCode));
            var series = published.Count > 0 ? published : Series(t => t.Computed.GetValueOrDefault(Area.NetherlandsCode));
            rows.Add(new Row(indicator, series.LastOrDefault(), Trend(indicator, series)));
        }
        Rows = rows;
        AreaChoices = [.. (await queries.AreasAsync(ct)).Where(a => a.Type != AreaType.Country)
            .OrderByDescending(a => a.Type).ThenBy(a => a.SearchName, StringComparer.Ordinal)];
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return MonitorCsv.File("monitor-nederland.csv",
            Rows.Where(r => r.Latest is not null).Select(r => new MonitorCsv.Line(r.Indicator, Area.NetherlandsCode, "Nederland", r.Latest!)));
    }

    /// <summary>"stijgt van 16,1 (2017) naar 14,8 (2021), gunstig": the first and last year of the series.</summary>
    public static string Trend(Indicator indicator, IReadOnlyList<MonitorCell> series)
    {
        if (series.Count < 2) return "nog geen reeks";
        var first = series[0];
        var last = series[^1];
        var change = MonitorFormat.Rounded(indicator, last.Value)!.Value.CompareTo(MonitorFormat.Rounded(indicator, first.Value)!.Value);
        var word = change switch { > 0 => "stijgt", < 0 => "daalt", _ => "gelijk" };
        var judgement = change == 0 || indicator.DesiredDirection == DesiredDirection.None ? ""
            : (change > 0) == (indicator.DesiredDirection == DesiredDirection.Up) ? ", gunstig" : ", ongunstig";
        return $"{word}: {MonitorFormat.Number(indicator, first.Value)} ({first.Period}) → {MonitorFormat.Number(indicator, last.Value)} ({last.Period}){judgement}";
    }
}
