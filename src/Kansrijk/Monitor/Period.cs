using System.Globalization;
using System.Text.RegularExpressions;

namespace Kansrijk.Monitor;

/// <summary>A year ("2021") or a range of years ("2017-2021").</summary>
public readonly partial record struct Period(int Start, int End)
{
    public override string ToString() => Start == End
        ? Start.ToString(CultureInfo.InvariantCulture)
        : $"{Start.ToString(CultureInfo.InvariantCulture)}-{End.ToString(CultureInfo.InvariantCulture)}";

    public bool IsSingleYear => Start == End;

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : start;
        if (start < 1990 || end > 2100 || end < start)
        {
            return false;
        }
        period = new Period(start, end);
        return true;
    }

    // [0-9], not \d: \d also matches Arabic-Indic and other digits, which int.Parse refuses.
    [GeneratedRegex(@"^([0-9]{4})(?:\s*[-–]\s*([0-9]{4}))?$")]
    private static partial Regex Pattern();
}
