using Kansrijk.Geography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Monitor;

public sealed class IndicatorOverviewModel(MonitorQueries queries) : PageModel
{
    public sealed record Row(Area Municipality, MonitorCell? Cell);

    [BindProperty(SupportsGet = true, Name = "periode")] public string? PeriodChoice { get; set; }
    [BindProperty(SupportsGet = true, Name = "provincie")] public string? ProvinceChoice { get; set; }
    [BindProperty(SupportsGet = true, Name = "ggd")] public string? GgdChoice { get; set; }
    [BindProperty(SupportsGet = true, Name = "sorteer")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "richting")] public string? Direction { get; set; }

    public Indicator Indicator { get; private set; } = null!;
    public IReadOnlyList<string> Periods { get; private set; } = [];
    public IndicatorTable? Table { get; private set; }
    public IReadOnlyList<Area> Provinces { get; private set; } = [];
    public IReadOnlyList<Area> GgdRegions { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>The map's class bounds, over all municipalities (not only the filtered ones), so colours stay put under a filter.</summary>
    public IReadOnlyList<decimal> MapBreaks { get; private set; } = [];
    /// <summary>Rows the map colours (a figure that is shown) and rows it draws grey.</summary>
    public int MappedCount => Rows.Count(r => r.Cell is { Suppressed: false, InsufficientData: false, Value: not null });
    public int UnmappedCount => Rows.Count - MappedCount;
    public string? FilterName { get; private set; }
    public MonitorCell? National => Table?.Computed.GetValueOrDefault(Area.NetherlandsCode);
    public MonitorCell? NationalPublished => Table?.Published.GetValueOrDefault(Area.NetherlandsCode);
    public bool AnySynthetic => Rows.Any(r => r.Cell?.Synthetic == true);
    public bool Descending => Direction == "af";
    public string SortKey => Sort == "waarde" ? "waarde" : "naam";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var indicator = await queries.IndicatorAsync(code, ct);
        if (indicator is null)
        {
            return NotFound();
        }
        Indicator = indicator;
        var tables = await queries.TablesAsync(indicator.Code, ct);
        Periods = [.. tables.Select(t => t.Period.ToString()).Reverse()];
        Table = tables.FirstOrDefault(t => t.Period.ToString() == PeriodChoice)
            ?? tables.LastOrDefault(t => t.Period.IsSingleYear && t.Computed.Count > 0) ?? tables.LastOrDefault();
        PeriodChoice = Table?.Period.ToString();

        var areas = await queries.AreasAsync(ct);
        Provinces = [.. areas.Where(a => a.Type == AreaType.Province).OrderBy(a => a.SearchName, StringComparer.Ordinal)];
        GgdRegions = [.. areas.Where(a => a.Type == AreaType.GgdRegion).OrderBy(a => a.SearchName, StringComparer.Ordinal)];
        MapBreaks = Table is null ? [] : MapClasses.Breaks(Table, areas.Where(a => a.Type == AreaType.Municipality));
        FilterName = string.Join(" en ", new[] { Provinces.FirstOrDefault(p => p.Code == ProvinceChoice)?.Name is { } pn ? $"provincie {pn}" : null,
            GgdRegions.FirstOrDefault(g => g.Code == GgdChoice)?.Name is { } gn ? $"GGD-regio {gn}" : null }.OfType<string>());
        var municipalities = areas.Where(a => a.Type == AreaType.Municipality)
            .Where(a => string.IsNullOrEmpty(ProvinceChoice) || a.ProvinceCode == ProvinceChoice)
            .Where(a => string.IsNullOrEmpty(GgdChoice) || a.GgdRegionCode == GgdChoice);
        var rows = municipalities.Select(m => new Row(m, Table?.For(m.Code)));
        rows = SortKey == "waarde"
            ? rows.OrderBy(r => r.Cell?.Value is null || r.Cell.Suppressed ? 1 : 0).ThenBy(r => Descending ? -(r.Cell?.Value ?? 0) : r.Cell?.Value ?? 0).ThenBy(r => r.Municipality.SearchName, StringComparer.Ordinal)
            : Descending ? rows.OrderByDescending(r => r.Municipality.SearchName, StringComparer.Ordinal) : rows.OrderBy(r => r.Municipality.SearchName, StringComparer.Ordinal);
        Rows = [.. rows];
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string code, CancellationToken ct)
    {
        var page = await OnGetAsync(code, ct);
        if (page is not PageResult)
        {
            return page;
        }
        var lines = Rows.Where(r => r.Cell is not null).Select(r => new MonitorCsv.Line(Indicator, r.Municipality.Code, r.Municipality.Name, r.Cell!)).ToList();
        if (National is not null) lines.Add(new MonitorCsv.Line(Indicator, Area.NetherlandsCode, "Nederland", National));
        if (NationalPublished is not null) lines.Add(new MonitorCsv.Line(Indicator, Area.NetherlandsCode, "Nederland", NationalPublished));
        return MonitorCsv.File($"monitor-{Indicator.Code}-{PeriodChoice}.csv", lines);
    }

    /// <summary>The link of a column header: the same filters, sorted by that column, the other way round when it already is.</summary>
    public string SortUrl(string column)
    {
        var direction = SortKey == column && !Descending ? "af" : "op";
        return QueryUrl(("sorteer", column), ("richting", direction));
    }

    public string? AriaSort(string column) => SortKey == column ? (Descending ? "descending" : "ascending") : null;

    public string QueryUrl(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["periode"] = PeriodChoice,
            ["provincie"] = ProvinceChoice,
            ["ggd"] = GgdChoice,
            ["sorteer"] = Sort,
            ["richting"] = Direction,
        };
        foreach (var (key, value) in changes) values[key] = value;
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return $"/monitor/indicator/{Indicator.Code}" + (query.Length > 0 ? "?" + query : "");
    }
}
