namespace Kansrijk.Monitor;

public enum ValueKind { Municipal, Aggregated, Published }

/// <summary>
/// One figure as it may be shown: a suppressed cell carries no numerator, denominator or value at all.
/// </summary>
public sealed record MonitorCell(
    string IndicatorCode,
    string AreaCode,
    string Period,
    long? Numerator,
    long? Denominator,
    decimal? Value,
    bool Suppressed,
    ValueKind Kind,
    string Source,
    bool Synthetic)
{
    /// <summary>For an aggregate: how many municipalities had counts.</summary>
    public int? Municipalities { get; init; }

    /// <summary>For an aggregate: how many municipalities the area has in all.</summary>
    public int? MemberMunicipalities { get; init; }

    /// <summary>
    /// For an aggregate: too few of its municipalities have counts (under <c>Monitor:MinimumCoverage</c>, default 50%),
    /// so no figure and no judgement is shown, only "onvoldoende gegevens".
    /// </summary>
    public bool InsufficientData { get; init; }

    /// <summary>
    /// For a yes/no indicator (one answer per municipality) at area level: the denominator its definition uses, e.g.
    /// 272 "gemeenten met impulsgelden Kansrijke Start"; <see cref="Value"/> is then numerator / this. Without it the
    /// cell has counts ("n van m gemeenten") but no percentage.
    /// </summary>
    public long? DefinitionDenominator { get; init; }

    public string? DefinitionDenominatorDescription { get; init; }
}

/// <summary>All figures of one indicator for one period: per area the computed cell and, where published, the published one.</summary>
public sealed class IndicatorTable(Indicator indicator, Period period, IReadOnlyDictionary<string, MonitorCell> computed, IReadOnlyDictionary<string, MonitorCell> published)
{
    public Indicator Indicator { get; } = indicator;
    public Period Period { get; } = period;
    public IReadOnlyDictionary<string, MonitorCell> Computed { get; } = computed;
    public IReadOnlyDictionary<string, MonitorCell> Published { get; } = published;

    /// <summary>The figure to show for an area: counts where there are counts, else the published figure.</summary>
    public MonitorCell? For(string areaCode) =>
        Computed.TryGetValue(areaCode, out var cell) ? cell : Published.GetValueOrDefault(areaCode);

    public IEnumerable<MonitorCell> All => Computed.Values.Concat(Published.Values);
}
