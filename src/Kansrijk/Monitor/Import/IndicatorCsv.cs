using System.Globalization;
using Kansrijk.Geography;
using Kansrijk.Platform.Csv;

namespace Kansrijk.Monitor.Import;

/// <summary>A problem with one cell (or the whole file, row 0) of an import, in plain Dutch.</summary>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>One checked row, ready to store.</summary>
public sealed record ImportRow(string IndicatorCode, string AreaCode, Period Period, long? Numerator, long? Denominator, decimal? Value);

/// <summary>
/// Reads and checks an indicator CSV: header <c>indicator,gebied,periode,teller,noemer,waarde</c>, separated by
/// ';' or ',', decimal comma or point in waarde, UTF-8 with or without BOM. Every error is collected with its
/// row and column; the caller stores nothing unless the list is empty.
/// </summary>
public static class IndicatorCsv
{
    public static readonly string[] Header = ["indicator", "gebied", "periode", "teller", "noemer", "waarde"];

    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors) Read(
        string content, IReadOnlyDictionary<string, Indicator> indicators, IReadOnlyDictionary<string, AreaType> areas)
    {
        var errors = new List<ImportError>();
        var rows = new List<ImportRow>();
        if (CsvText.IsEmpty(content))
        {
            errors.Add(new ImportError(0, "", "Het bestand is leeg."));
            return (rows, errors);
        }
        using var csv = CsvText.Open(content);

        if (!csv.Read() || !csv.Record!.Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            errors.Add(new ImportError(1, "", $"De kopregel moet zijn: {string.Join(csv.Configuration.Delimiter, Header)}."));
            return (rows, errors);
        }

        var seen = new Dictionary<(string, string, string), int>();
        while (csv.Read())
        {
            var rowNumber = csv.Row;
            var fields = csv.Record!;
            if (fields.Length != Header.Length)
            {
                errors.Add(new ImportError(rowNumber, "", $"Deze regel heeft {fields.Length} kolommen; verwacht zijn er {Header.Length}. Gebruikt u een decimale komma? Scheid de kolommen dan met ; of zet de waarde tussen aanhalingstekens."));
                continue;
            }
            var row = CheckRow(rowNumber, fields, indicators, areas, errors);
            if (row is null)
            {
                continue;
            }
            var key = (row.IndicatorCode, row.AreaCode, row.Period.ToString());
            if (seen.TryGetValue(key, out var firstRow))
            {
                errors.Add(new ImportError(rowNumber, "indicator", $"Dubbele regel: {row.IndicatorCode}, {row.AreaCode}, {row.Period} staat ook op regel {firstRow}."));
                continue;
            }
            seen[key] = rowNumber;
            rows.Add(row);
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(0, "", "Het bestand heeft geen regels met cijfers, alleen een kopregel."));
        }
        return (rows, errors);
    }

    private static ImportRow? CheckRow(int row, string[] f, IReadOnlyDictionary<string, Indicator> indicators,
        IReadOnlyDictionary<string, AreaType> areas, List<ImportError> errors)
    {
        var before = errors.Count;
        void Error(string column, string message) => errors.Add(new ImportError(row, column, message));

        var indicatorCode = f[0].ToUpperInvariant();
        if (!indicators.TryGetValue(indicatorCode, out var indicator))
        {
            Error("indicator", $"Onbekende indicator '{f[0]}'.");
        }
        var areaCode = f[1].ToUpperInvariant();
        if (!areas.TryGetValue(areaCode, out var areaType))
        {
            Error("gebied", $"Onbekend gebied '{f[1]}'. Gebruik een CBS-code, zoals GM0363, GG3406, PV27 of NL01.");
        }
        if (!Period.TryParse(f[2], out var period))
        {
            Error("periode", $"Ongeldige periode '{f[2]}'. Gebruik een jaar (2021) of een reeks jaren (2017-2021).");
        }
        var numerator = ParseCount(f[3], "teller", Error);
        var denominator = ParseCount(f[4], "noemer", Error);
        var value = ParseValue(f[5], Error);
        if (errors.Count > before)
        {
            return null;
        }

        var hasCounts = numerator is not null || denominator is not null;
        if (indicator!.Origin != ValueOrigin.Import && (hasCounts || areaType == AreaType.Municipality))
        {
            // Register-owned figures: an import would silently overwrite what a coordinator confirmed.
            Error("indicator", $"{indicator.Code} komt niet uit een import maar uit {MonitorNames.Dutch(indicator.Origin)}. "
                + "Gemeentecijfers daarvan kunt u niet importeren; alleen een gepubliceerde waarde voor Nederland, een provincie of een GGD-regio.");
        }
        else if (!hasCounts && value is null)
        {
            Error("waarde", "Geen cijfer: vul teller en noemer in, of alleen een gepubliceerde waarde.");
        }
        else if (hasCounts && areaType != AreaType.Municipality)
        {
            Error("teller", "Tellers en noemers staan alleen bij gemeenten; regio's en Nederland rekent Kansrijk zelf uit. Geef hier alleen een gepubliceerde waarde.");
        }
        else if (hasCounts && numerator is null)
        {
            Error("teller", "De teller ontbreekt.");
        }
        else if (hasCounts && indicator!.IsShare && denominator is null)
        {
            Error("noemer", "De noemer ontbreekt; deze indicator is een deel van een geheel.");
        }
        else if (hasCounts && !indicator!.IsShare && denominator is not null)
        {
            Error("noemer", "Deze indicator is een aantal en heeft geen noemer.");
        }
        else if (hasCounts && indicator!.IsShare && numerator > denominator)
        {
            Error("teller", $"De teller ({numerator}) is groter dan de noemer ({denominator}).");
        }
        else if (hasCounts && indicator!.IsShare && denominator == 0)
        {
            Error("noemer", "De noemer is 0.");
        }
        else if (hasCounts && value is not null && !Agrees(new Counts(numerator!.Value, denominator), indicator!, value.Value))
        {
            var computed = new Counts(numerator!.Value, denominator).Rate(indicator!.Scale)!.Value;
            Error("waarde", $"De waarde {value.Value.ToString(CultureInfo.GetCultureInfo("nl-NL"))} past niet bij teller en noemer (die geven {Math.Round(computed, indicator!.Decimals).ToString(CultureInfo.GetCultureInfo("nl-NL"))}).");
        }
        return errors.Count > before ? null : new ImportRow(indicatorCode, areaCode, period, numerator, denominator, hasCounts ? null : value);
    }

    /// <summary>A given value agrees with the counts when it equals the computed rate at the indicator's decimals.</summary>
    private static bool Agrees(Counts counts, Indicator indicator, decimal value)
    {
        var computed = indicator.IsShare ? counts.Rate(indicator.Scale)!.Value : counts.Numerator;
        var tolerance = 0.5m * (decimal)Math.Pow(10, -indicator.Decimals) + 0.0000001m;
        return Math.Abs(computed - value) <= tolerance;
    }

    private static long? ParseCount(string text, string column, Action<string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            error(column, $"'{text}' is geen getal.");
            return null;
        }
        if (number < 0)
        {
            error(column, $"De {column} mag niet negatief zijn ({text}).");
            return null;
        }
        if (number != decimal.Truncate(number))
        {
            error(column, $"De {column} moet een heel getal zijn ({text}).");
            return null;
        }
        if (number > int.MaxValue)
        {
            error(column, $"De {column} is te groot ({text}); het hoogste aantal is 2.147.483.647.");
            return null;
        }
        return (long)number;
    }

    /// <summary>Values are stored with precision (18, 4); larger ones would fail in the database.</summary>
    private const decimal MaximumValue = 100_000_000_000m;

    private static decimal? ParseValue(string text, Action<string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error("waarde", $"'{text}' is geen getal. Gebruik een komma of een punt voor decimalen, zonder duizendtallen.");
            return null;
        }
        if (value < 0)
        {
            error("waarde", $"De waarde mag niet negatief zijn ({text}).");
            return null;
        }
        if (value >= MaximumValue)
        {
            error("waarde", $"De waarde is te groot ({text}); de hoogste waarde is 99.999.999.999.");
            return null;
        }
        return value;
    }
}
