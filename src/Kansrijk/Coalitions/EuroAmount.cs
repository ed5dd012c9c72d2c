using System.Globalization;
using System.Text.RegularExpressions;

namespace Kansrijk.Coalitions;

/// <summary>
/// Reads an amount in euros as people type it: "80000", "80.000", "80.000,50", "80000,50", "80000.50", "€ 1.250".
/// A point followed by groups of exactly three digits is a thousands separator (Dutch habit); otherwise the last
/// comma or point is the decimal separator.
/// </summary>
public static partial class EuroAmount
{
    public static bool TryParseCents(string? text, out long cents, out string? error)
    {
        cents = 0;
        error = null;
        var t = (text ?? "").Replace("€", "").Replace(" ", "").Trim();
        if (t.Length == 0)
        {
            error = "Vul een bedrag in.";
            return false;
        }
        if (t.StartsWith('-'))
        {
            error = "Een bedrag kan niet negatief zijn.";
            return false;
        }
        string normalised;
        if (DutchThousands().IsMatch(t))
        {
            normalised = t.Replace(".", "").Replace(",", ".");
        }
        else
        {
            var lastSeparator = t.LastIndexOfAny(['.', ',']);
            normalised = lastSeparator < 0
                ? t
                : t[..lastSeparator].Replace(".", "").Replace(",", "") + "." + t[(lastSeparator + 1)..];
        }
        if (!decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros))
        {
            error = $"'{text}' is geen bedrag. Schrijf bijvoorbeeld 80.000 of 1250,50.";
            return false;
        }
        if (euros >= MaximumEuros)
        {
            error = "Dit bedrag is te groot. Het hoogste bedrag is 999.999.999.999 euro.";
            return false;
        }
        if (euros != Math.Round(euros, 2))
        {
            error = "Een bedrag heeft hoogstens twee cijfers achter de komma.";
            return false;
        }
        cents = (long)(euros * 100);
        return true;
    }

    /// <summary>Larger amounts would overflow the cents (a long) or the arithmetic before it.</summary>
    private const decimal MaximumEuros = 1_000_000_000_000m;

    // [0-9], not \d: \d also matches Arabic-Indic and other digits, which decimal.TryParse refuses anyway.
    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]{1,2})?$")]
    private static partial Regex DutchThousands();
}
