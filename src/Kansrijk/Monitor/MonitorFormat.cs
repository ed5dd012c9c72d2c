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
        if (indicator.Origin == ValueOrigin.CoalitionRegister && cell.Kind != ValueKind.Published && cell.Numerator is { } yes)
        {
            // one answer per municipality: "ja"/"nee", over an area "n van m gemeenten", a percentage only with the definition's denominator
            if (cell.Kind == ValueKind.Municipal) return yes > 0 ? "ja" : "nee";
            var counted = $"{Count(yes)} van de {Count(cell.Denominator)} gemeenten die antwoordden";
            return cell.Value is { } share && cell.DefinitionDenominator is { } d
                ? $"{counted}; {Number(indicator, share)}% van {Count(d)} {cell.DefinitionDenominatorDescription}"
                : counted;
        }
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

    /// <summary>
    /// The judgement comparing like with like: a published figure against the published national figure; a computed or
    /// municipal figure against the computed national figure when that is shown (enough municipalities, not suppressed),
    /// else against the published national figure of the same indicator and period, and then it says so.
    /// Yes/no indicators (one answer per municipality) are not judged per municipality.
    /// </summary>
    public static string? JudgementLikeWithLike(Indicator indicator, MonitorCell? cell, MonitorCell? nationalComputed, MonitorCell? nationalPublished)
    {
        if (cell is null || (indicator.Origin == ValueOrigin.CoalitionRegister && cell.Kind == ValueKind.Municipal))
        {
            return null;
        }
        if (cell.Kind == ValueKind.Published)
        {
            return Judgement(indicator, cell, nationalPublished) is { } p ? $"{p} (gepubliceerd landelijk cijfer)" : null;
        }
        if (nationalComputed is { Suppressed: false, InsufficientData: false, Value: not null })
        {
            return Judgement(indicator, cell, nationalComputed);
        }
        return Judgement(indicator, cell, nationalPublished) is { } j ? $"{j} (gepubliceerd landelijk cijfer)" : null;
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
