using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace Kansrijk.Platform.Csv;

/// <summary>
/// Writes CSV downloads (monitor, social map, access log) so that a spreadsheet never runs a cell as a formula: a cell
/// that starts with =, +, -, @, tab or carriage return gets a leading apostrophe, as OWASP advises. A plain number such
/// as -5 or 1,9 stays a number. <see cref="Restore"/> undoes it when such a file is imported again.
/// </summary>
public static partial class CsvExport
{
    public const char Escape = '\'';
    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r'];

    public static CsvWriter Open(TextWriter writer) => new(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });

    public static void WriteCell(this CsvWriter csv, string? value) => csv.WriteField(Neutralise(value));

    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value) || Array.IndexOf(Dangerous, value[0]) < 0 || PlainNumber().IsMatch(value)) return value ?? "";
        return Escape + value;
    }

    /// <summary>An imported cell that was neutralised on export gets its own text back.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == Escape && Array.IndexOf(Dangerous, value[1]) >= 0 ? value[1..] : value;

    [GeneratedRegex(@"^-?\d+([.,]\d+)?$")]
    private static partial Regex PlainNumber();
}
