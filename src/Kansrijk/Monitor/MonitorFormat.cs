using System.Globalization;

namespace Kansrijk.Monitor;

/// <summary>How figures read in Dutch: decimal comma, the indicator's decimals, the unit after the number.</summary>
public static class MonitorFormat
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static decimal? Rounded(Indicator indicator, decimal? value) =>
        value is { } v ? Math.Round(v, indicator.Decimals, MidpointRounding.AwayFromZero) : null;

    public static string Number(Indicator indicator, decimal? value) =>
        Rounded(indicator, value) is { } v ? v.ToString($"N{indicator.Decimals}", Dutch) : "";

    public static string Value(Indicator indicator, MonitorCell? cell)
    {
        if (cell is null) return "geen gegevens";
        if (cell.Suppressed) return MonitorNames.Suppressed;
        if (cell.InsufficientData) return MonitorNames.InsufficientData;
        var number = Number(indicator, cell.Value);
        return indicator.Unit switch
        {
            IndicatorUnit.Percentage => $"{number}%",
            IndicatorUnit.PerThousand => $"{number} per 1.000",
            _ => number,
        };
    }

    public static string Count(long? count) => count is { } c ? c.ToString("N0", Dutch) : "";

    /// <summary>"gunstiger dan landelijk", "ongunstiger dan landelijk" or "gelijk", in the indicator's desired direction.</summary>
    public static string? Judgement(Indicator indicator, MonitorCell? cell, MonitorCell? national)
    {
        if (indicator.DesiredDirection == DesiredDirection.None || cell?.Value is null || national?.Value is null || cell.Suppressed || national.Suppressed)
        {
            return null;
        }
        var difference = Rounded(indicator, cell.Value)!.Value.CompareTo(Rounded(indicator, national.Value)!.Value);
        if (difference == 0) return "gelijk";
        var better = indicator.DesiredDirection == DesiredDirection.Up ? difference > 0 : difference < 0;
        return better ? "gunstiger dan landelijk" : "ongunstiger dan landelijk";
    }

    public static string KindText(MonitorCell cell) => cell.Kind switch
    {
        ValueKind.Municipal => "gemeentelijke telling",
        // the number matters: a sum over a few municipalities (e.g. while they still answer the questionnaire) is no national figure
        ValueKind.Aggregated => cell.Municipalities is { } n
            ? cell.MemberMunicipalities is { } m ? $"berekend uit {n} van {m} {(m == 1 ? "gemeente" : "gemeenten")}" : $"berekend uit {n} {(n == 1 ? "gemeente" : "gemeenten")}"
            : "berekend uit gemeenten",
        _ => "gepubliceerd cijfer",
    };
}
