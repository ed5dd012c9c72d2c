using Kansrijk.Geography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Monitor;

public sealed class AreaProfileModel(MonitorQueries queries) : PageModel
{
    public const int MaxPeers = 5;

    public sealed record Comparison(Area Area, string Role, MonitorCell? Cell);

    /// <summary>
    /// One year of the trend. Computed and published figures are separate series and never stand in for each other:
    /// a line from published figures that continues with computed ones would compare two different things.
    /// </summary>
    public sealed record TrendPoint(string Period, MonitorCell? Own, MonitorCell? OwnPublished, MonitorCell? National, MonitorCell? NationalPublished)
    {
        public MonitorCell? Series(TrendSeries series) => series switch
        {
            TrendSeries.Own => Own,
            TrendSeries.OwnPublished => OwnPublished,
            TrendSeries.National => National,
            _ => NationalPublished,
        };
    }

    public enum TrendSeries { Own, OwnPublished, National, NationalPublished }

    /// <summary>The series of a block's trend that have at least one figure, in a fixed order.</summary>
    public static IReadOnlyList<TrendSeries> SeriesOf(IndicatorBlock block) =>
        [.. Enum.GetValues<TrendSeries>().Where(s => block.Trend.Any(t => t.Series(s) is not null))];

    /// <summary>A figure a chart can draw: not suppressed, not "onvoldoende gegevens", with a value.</summary>
    public static bool Drawable(MonitorCell? cell) => cell is { Suppressed: false, InsufficientData: false, Value: not null };

    /// <summary>The series the trend chart draws (at least one figure); the caption and legend name only these.</summary>
    public static IReadOnlyList<TrendSeries> DrawnSeriesOf(IndicatorBlock block) =>
        [.. SeriesOf(block).Where(s => block.Trend.Any(t => Drawable(t.Series(s))))];

    /// <summary>Whether there is a line to draw: two or more figures of the drawn series.</summary>
    public static bool HasChart(IndicatorBlock block) =>
        block.Trend.Sum(t => DrawnSeriesOf(block).Count(s => Drawable(t.Series(s)))) >= 2;

    /// <summary>The chart's caption, from what it draws: which series, which years, and that gaps are years without a figure.</summary>
    public string TrendCaption(IndicatorBlock block)
    {
        var drawn = DrawnSeriesOf(block);
        var years = block.Trend.Where(t => drawn.Any(s => Drawable(t.Series(s)))).Select(t => t.Period).ToList();
        var gaps = block.Trend.Any(t => drawn.Any(s => !Drawable(t.Series(s))));
        return $"Trend van {block.Indicator.Name}, {years.First()} tot en met {years.Last()}. Lijnen: {string.Join("; ", drawn.Select(SeriesName))}."
            + (gaps ? " Een jaar zonder cijfer is een onderbreking in de lijn." : "")
            + " De cijfers staan in de tabel hieronder.";
    }

    public string SeriesName(TrendSeries series) => series switch
    {
        TrendSeries.Own => $"{Area.Name}, berekend",
        TrendSeries.OwnPublished => $"{Area.Name}, gepubliceerd",
        TrendSeries.National => "Nederland, berekend",
        _ => "Nederland, gepubliceerd",
    };

    public sealed record IndicatorBlock(Indicator Indicator, string Period, MonitorCell? Own, string? Judgement,
        IReadOnlyList<Comparison> Comparisons, IReadOnlyList<TrendPoint> Trend);

    [BindProperty(SupportsGet = true, Name = "vergelijk")] public string? Peers { get; set; }

    public Area Area { get; private set; } = null!;
    public Area? GgdRegion { get; private set; }
    public Area? Province { get; private set; }
    public IReadOnlyList<Area> PeerAreas { get; private set; } = [];
    public string? PeerError { get; private set; }
    /// <summary>The comparison municipalities as the box shows them: by name when they are known, else as typed.</summary>
    public string? PeerNames => PeerError is null && PeerAreas.Count > 0 ? string.Join(", ", PeerAreas.Select(a => a.Name)) : Peers;
    public IReadOnlyList<IndicatorBlock> Blocks { get; private set; } = [];
    public IReadOnlyList<Indicator> WithoutData { get; private set; } = [];
    public bool AnySynthetic => Blocks.Any(b => b.Comparisons.Any(c => c.Cell?.Synthetic == true) || b.Trend.Any(t => t.Own?.Synthetic == true || t.National?.Synthetic == true));

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var areas = (await queries.AreasAsync(ct)).ToDictionary(a => a.Code);
        if (!areas.TryGetValue(code.ToUpperInvariant(), out var area))
        {
            return NotFound();
        }
        Area = area;
        GgdRegion = area.GgdRegionCode is { } g ? areas.GetValueOrDefault(g) : null;
        Province = area.ProvinceCode is { } p ? areas.GetValueOrDefault(p) : null;
        PeerAreas = ReadPeers(areas);

        var blocks = new List<IndicatorBlock>();
        var without = new List<Indicator>();
        foreach (var indicator in await queries.IndicatorsAsync(ct))
        {
            var tables = await queries.TablesAsync(indicator.Code, ct);
            // The headline is the latest figure that can be shown: a computed one with too few municipalities
            // ("onvoldoende gegevens") does not push a published figure of an earlier year aside.
            MonitorCell? Showable(IndicatorTable t) => t.Computed.GetValueOrDefault(area.Code) is { InsufficientData: false } c ? c : t.Published.GetValueOrDefault(area.Code) ?? t.For(area.Code);
            var latest = tables.LastOrDefault(t => t.Period.IsSingleYear && Showable(t) is { InsufficientData: false })
                ?? tables.LastOrDefault(t => t.Period.IsSingleYear && t.For(area.Code) is not null)
                ?? tables.LastOrDefault(t => t.For(area.Code) is not null);
            if (latest is null)
            {
                without.Add(indicator);
                continue;
            }
            var own = Showable(latest);
            var national = latest.Computed.GetValueOrDefault(Area.NetherlandsCode);
            var comparisons = new List<Comparison> { new(area, "dit gebied", own) };
            if (GgdRegion is not null) comparisons.Add(new(GgdRegion, "GGD-regio", latest.For(GgdRegion.Code)));
            if (Province is not null) comparisons.Add(new(Province, "provincie", latest.For(Province.Code)));
            if (area.Code != Area.NetherlandsCode)
            {
                var nl = areas[Area.NetherlandsCode];
                if (national is not null) comparisons.Add(new(nl, "Nederland, berekend", national));
                if (latest.Published.GetValueOrDefault(Area.NetherlandsCode) is { } published) comparisons.Add(new(nl, "Nederland, gepubliceerd", published));
            }
            else if (latest.Published.GetValueOrDefault(Area.NetherlandsCode) is { } published && own?.Kind != ValueKind.Published)
            {
                comparisons.Add(new(area, "gepubliceerd", published));
            }
            comparisons.AddRange(PeerAreas.Select(peer => new Comparison(peer, "vergelijkingsgemeente", latest.For(peer.Code))));

            var isCountry = area.Code == Area.NetherlandsCode;
            var trend = tables.Where(t => t.Period.IsSingleYear)
                .Select(t => new TrendPoint(t.Period.ToString(), t.Computed.GetValueOrDefault(area.Code), t.Published.GetValueOrDefault(area.Code),
                    isCountry ? null : t.Computed.GetValueOrDefault(Area.NetherlandsCode), isCountry ? null : t.Published.GetValueOrDefault(Area.NetherlandsCode)))
                .Where(t => t.Own is not null || t.OwnPublished is not null || t.National is not null || t.NationalPublished is not null)
                .ToList();
            blocks.Add(new IndicatorBlock(indicator, latest.Period.ToString(), own,
                isCountry ? null : MonitorFormat.JudgementLikeWithLike(indicator, own, national, latest.Published.GetValueOrDefault(Area.NetherlandsCode)),
                comparisons, trend));
        }
        Blocks = blocks;
        WithoutData = without;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string code, CancellationToken ct)
    {
        var page = await OnGetAsync(code, ct);
        if (page is not PageResult)
        {
            return page;
        }
        var lines = Blocks.SelectMany(b =>
            b.Comparisons.Where(c => c.Cell is not null).Select(c => new MonitorCsv.Line(b.Indicator, c.Area.Code, c.Area.Name, c.Cell!))
                .Concat(b.Trend.Where(t => t.Period != b.Period).SelectMany(t => new[] { t.Own, t.OwnPublished }.OfType<MonitorCell>())
                    .Select(c => new MonitorCsv.Line(b.Indicator, Area.Code, Area.Name, c))));
        return MonitorCsv.File($"monitor-{Area.Code}.csv", lines);
    }

    private List<Area> ReadPeers(IReadOnlyDictionary<string, Area> areas)
    {
        var codes = MunicipalityDirectory.Codes(Peers).ToList();
        var unknown = codes.Where(c => !areas.TryGetValue(c, out var a) || a.Type != AreaType.Municipality).ToList();
        if (unknown.Count > 0)
        {
            PeerError = MunicipalityDirectory.Unknown(unknown);
            return [];
        }
        if (codes.Count > MaxPeers)
        {
            PeerError = $"Kies hoogstens {MaxPeers} gemeenten om mee te vergelijken; u koos er {codes.Count}.";
            return [];
        }
        return [.. codes.Select(c => areas[c])];
    }
}
