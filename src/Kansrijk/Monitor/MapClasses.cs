using System.Globalization;
using Kansrijk.Geography;

namespace Kansrijk.Monitor;

/// <summary>
/// The colour classes of the municipality map of one indicator and period: five classes by quintile over all municipalities
/// of the Netherlands with a shown figure. They depend only on the indicator and period, never on the province or GGD filter,
/// so a municipality keeps its colour when the filter changes.
/// </summary>
public static class MapClasses
{
    public const int Count = 5;

    /// <summary>The upper bounds of the first four classes (rounded as the indicator shows them), lowest first, without repeats.</summary>
    public static IReadOnlyList<decimal> Breaks(IndicatorTable table, IEnumerable<Area> municipalities)
    {
        var values = municipalities.Select(m => table.For(m.Code))
            .Where(c => c is { Suppressed: false, InsufficientData: false, Value: not null })
            .Select(c => MonitorFormat.Rounded(table.Indicator, c!.Value)!.Value)
            .Order().ToList();
        if (values.Count < Count) return [.. values.Distinct().Skip(1)];
        return [.. Enumerable.Range(1, Count - 1).Select(i => values[(int)Math.Floor(i * values.Count / (double)Count)]).Distinct()];
    }

    public static string Json(IReadOnlyList<decimal> breaks) =>
        "[" + string.Join(",", breaks.Select(b => b.ToString(CultureInfo.InvariantCulture))) + "]";
}
