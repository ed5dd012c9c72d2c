using System.Collections.Concurrent;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Monitor;

/// <summary>
/// The one place where monitor figures are computed and suppressed; pages, API and downloads all read through
/// here. Regions, provinces and the country are Σ numerator / Σ denominator over their municipalities.
/// Results are cached per indicator and keyed by the data version and the newest import batch.
/// </summary>
public sealed class MonitorQueries(KansrijkDb db, MonitorCache cache, IConfiguration configuration)
{
    /// <summary>The share of an area's municipalities that must have counts before a computed figure is shown.</summary>
    public const string MinimumCoverageSetting = "Monitor:MinimumCoverage";

    public const double DefaultMinimumCoverage = 0.5;

    private readonly double minimumCoverage = configuration.GetValue(MinimumCoverageSetting, DefaultMinimumCoverage);

    public async Task<IReadOnlyList<Indicator>> IndicatorsAsync(CancellationToken ct = default) =>
        (await StateAsync(ct)).Indicators;

    public async Task<Indicator?> IndicatorAsync(string code, CancellationToken ct = default) =>
        (await StateAsync(ct)).Indicators.FirstOrDefault(i => i.Code == code.ToUpperInvariant());

    public async Task<IReadOnlyList<Area>> AreasAsync(CancellationToken ct = default) => (await StateAsync(ct)).Geography.Areas;

    /// <summary>Every period of the indicator with its table, oldest first.</summary>
    public async Task<IReadOnlyList<IndicatorTable>> TablesAsync(string indicatorCode, CancellationToken ct = default)
    {
        var state = await StateAsync(ct);
        var indicator = state.Indicators.FirstOrDefault(i => i.Code == indicatorCode.ToUpperInvariant());
        if (indicator is null)
        {
            return [];
        }
        if (state.Tables.TryGetValue(indicator.Code, out var cached))
        {
            return cached;
        }
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == indicator.Code)
            .Join(db.ImportBatches, v => v.ImportBatchId, b => b.Id,
                (v, b) => new StoredValue(v.AreaCode, v.Period, v.PeriodStart, v.PeriodEnd, v.Numerator, v.Denominator, v.PublishedValue, b.Source, b.Synthetic))
            .ToListAsync(ct);
        var tables = values.GroupBy(v => new Period(v.PeriodStart, v.PeriodEnd))
            .OrderBy(g => g.Key.End).ThenBy(g => g.Key.Start)
            .Select(g => Compute(indicator, g.Key, g.ToList(), state.Geography, minimumCoverage,
                state.Denominators.Where(d => d.IndicatorCode == indicator.Code && d.Year == g.Key.End && g.Key.IsSingleYear).ToList()))
            .ToList();
        state.Tables[indicator.Code] = tables;
        return tables;
    }

    public async Task<IndicatorTable?> TableAsync(string indicatorCode, string period, CancellationToken ct = default) =>
        (await TablesAsync(indicatorCode, ct)).FirstOrDefault(t => t.Period.ToString() == period);

    private async Task<MonitorCache.State> StateAsync(CancellationToken ct)
    {
        var newestBatch = await db.ImportBatches.MaxAsync(b => (int?)b.Id, ct) ?? 0;
        return await cache.GetAsync(newestBatch, async () =>
        {
            var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(ct);
            var areas = await db.Areas.AsNoTracking().ToListAsync(ct);
            var denominators = await db.DefinitionDenominators.AsNoTracking().ToListAsync(ct);
            return new MonitorCache.State(indicators, new AreaSums(areas), new ConcurrentDictionary<string, IReadOnlyList<IndicatorTable>>(), denominators);
        });
    }

    /// <summary>One stored value as <see cref="Compute"/> reads it.</summary>
    public sealed record StoredValue(string AreaCode, string Period, int PeriodStart, int PeriodEnd, long? Numerator, long? Denominator,
        decimal? PublishedValue, string Source, bool Synthetic);

    /// <summary>
    /// Sums, suppresses and applies the coverage rule for one indicator and period. Public so the property-based test
    /// can run thousands of datasets over the real geography through exactly this code.
    /// </summary>
    public static IndicatorTable Compute(Indicator indicator, Period period, IReadOnlyList<StoredValue> values, AreaSums geography,
        double minimumCoverage = DefaultMinimumCoverage, IReadOnlyList<DefinitionDenominator>? denominators = null)
    {
        var municipal = values.Where(v => v.Numerator is not null && geography.IsMunicipality(v.AreaCode))
            .ToDictionary(v => v.AreaCode);
        var counts = municipal.ToDictionary(m => m.Key, m => new Counts(m.Value.Numerator!.Value, m.Value.Denominator));
        var members = new Dictionary<string, List<string>>();
        foreach (var (aggregate, parts) in geography.MunicipalitiesOf)
        {
            var withCounts = parts.Where(counts.ContainsKey).ToList();
            if (withCounts.Count > 0)
            {
                counts[aggregate] = Counts.Sum(withCounts.Select(p => counts[p]));
                members[aggregate] = withCounts;
            }
        }
        var hidden = Suppression.Hidden(counts, geography.Sums, indicator.SuppressionThreshold);

        var periodText = period.ToString();
        var computed = new Dictionary<string, MonitorCell>();
        foreach (var (area, c) in counts)
        {
            var isMunicipal = municipal.TryGetValue(area, out var stored);
            var synthetic = isMunicipal ? stored!.Synthetic : members[area].Any(m => municipal[m].Synthetic);
            var all = isMunicipal ? 1 : geography.MunicipalitiesOf[area].Count;
            var with = isMunicipal ? 1 : members[area].Count;
            var source = isMunicipal ? stored!.Source : $"Berekend uit de tellingen van {with} van {all} gemeenten";
            var kind = isMunicipal ? ValueKind.Municipal : ValueKind.Aggregated;
            // Coverage is decided after suppression: withholding a figure never makes a hidden one derivable.
            var insufficient = !isMunicipal && with < minimumCoverage * all;
            computed[area] = hidden.Contains(area)
                ? new MonitorCell(indicator.Code, area, periodText, null, null, null, true, kind, source, synthetic)
                : insufficient
                    ? new MonitorCell(indicator.Code, area, periodText, null, null, null, false, kind, source, synthetic)
                    { Municipalities = with, MemberMunicipalities = all, InsufficientData = true }
                    : !isMunicipal && indicator.Origin == ValueOrigin.CoalitionRegister
                        ? YesNoAggregate(indicator, area, periodText, c, kind, source, synthetic, with, all, denominators)
                        : new MonitorCell(indicator.Code, area, periodText, c.Numerator, c.Denominator, Rate(indicator, c), false, kind, source, synthetic)
                        { Municipalities = isMunicipal ? null : with, MemberMunicipalities = isMunicipal ? null : all };
        }
        var published = values.Where(v => v.PublishedValue is not null).ToDictionary(v => v.AreaCode,
            v => new MonitorCell(indicator.Code, v.AreaCode, periodText, null, null, v.PublishedValue, false, ValueKind.Published, v.Source, v.Synthetic));
        return new IndicatorTable(indicator, period, computed, published);
    }

    /// <summary>
    /// A yes/no indicator over an area: "n van m gemeenten" (m = those that answered), and a percentage only with the
    /// denominator its definition uses: all municipalities of the area for L04/L05, a held count (e.g. municipalities
    /// with impulse funds) for L01/L02, none otherwise.
    /// </summary>
    private static MonitorCell YesNoAggregate(Indicator indicator, string area, string period, Counts c, ValueKind kind, string source, bool synthetic,
        int with, int all, IReadOnlyList<DefinitionDenominator>? denominators)
    {
        var held = denominators?.FirstOrDefault(d => d.AreaCode == area);
        (long Count, string Description)? definition = held is not null ? (held.Count, held.Description)
            : DefinitionDenominators.AllMunicipalities.Contains(indicator.Code) ? (all, "gemeenten") : null;
        var value = definition is { } d && d.Count > 0 ? Math.Round(c.Numerator * (decimal)indicator.Scale / d.Count, indicator.Decimals + 2) : (decimal?)null;
        return new MonitorCell(indicator.Code, area, period, c.Numerator, c.Denominator, value, false, kind, source, synthetic)
        {
            Municipalities = with,
            MemberMunicipalities = all,
            DefinitionDenominator = definition?.Count,
            DefinitionDenominatorDescription = definition?.Description,
        };
    }

    private static decimal? Rate(Indicator indicator, Counts counts) => indicator.IsShare
        ? counts.Rate(indicator.Scale) is { } rate ? Math.Round(rate, indicator.Decimals + 2) : null
        : counts.Numerator;
}

/// <summary>Which municipalities make up each region, province and the country, and the sums that tie them.</summary>
public sealed class AreaSums
{
    public AreaSums(IReadOnlyList<Area> areas)
    {
        Areas = areas;
        var municipalities = areas.Where(a => a.Type == AreaType.Municipality).ToList();
        municipalityCodes = municipalities.Select(m => m.Code).ToHashSet();
        var of = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var region in areas.Where(a => a.Type == AreaType.GgdRegion))
        {
            of[region.Code] = municipalities.Where(m => m.GgdRegionCode == region.Code).Select(m => m.Code).ToList();
        }
        foreach (var province in areas.Where(a => a.Type == AreaType.Province))
        {
            of[province.Code] = municipalities.Where(m => m.ProvinceCode == province.Code).Select(m => m.Code).ToList();
        }
        of[Area.NetherlandsCode] = municipalities.Select(m => m.Code).ToList();
        MunicipalitiesOf = of;

        var sums = of.Select(kv => new Suppression.Sum(kv.Key, kv.Value)).ToList();
        foreach (var province in areas.Where(a => a.Type == AreaType.Province))
        {
            sums.Add(new Suppression.Sum(province.Code, areas.Where(a => a.Type == AreaType.GgdRegion && a.ProvinceCode == province.Code).Select(a => a.Code).ToList()));
        }
        sums.Add(new Suppression.Sum(Area.NetherlandsCode, areas.Where(a => a.Type == AreaType.Province).Select(a => a.Code).ToList()));
        sums.Add(new Suppression.Sum(Area.NetherlandsCode, areas.Where(a => a.Type == AreaType.GgdRegion).Select(a => a.Code).ToList()));
        Sums = sums;
    }

    private readonly HashSet<string> municipalityCodes;

    public IReadOnlyList<Area> Areas { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MunicipalitiesOf { get; }
    public IReadOnlyList<Suppression.Sum> Sums { get; }

    public bool IsMunicipality(string code) => municipalityCodes.Contains(code);
}

/// <summary>Holds computed tables for this process, dropped whenever the data version or the newest batch changes.</summary>
public sealed class MonitorCache(MonitorDataVersion version)
{
    public sealed record State(IReadOnlyList<Indicator> Indicators, AreaSums Geography, ConcurrentDictionary<string, IReadOnlyList<IndicatorTable>> Tables,
        IReadOnlyList<DefinitionDenominator> Denominators);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (long Version, int Batch, State State)? current;

    public async Task<State> GetAsync(int newestBatch, Func<Task<State>> load)
    {
        var key = (version.Current, newestBatch);
        if (current is { } c && (c.Version, c.Batch) == key)
        {
            return c.State;
        }
        await gate.WaitAsync();
        try
        {
            if (current is { } again && (again.Version, again.Batch) == key)
            {
                return again.State;
            }
            var state = await load();
            current = (key.Item1, key.Item2, state);
            return state;
        }
        finally
        {
            gate.Release();
        }
    }
}
