using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Kansrijk.Platform.Csv;

/// <summary>
/// Reads uploaded CSV text the way Dutch spreadsheets write it: with or without a byte order mark, ';' or ',' between
/// cells (taken from the header line), spaces around cells trimmed, blank lines skipped. Row and column errors are the caller's.
/// </summary>
public static class CsvText
{
    public static bool IsEmpty(string content) => string.IsNullOrWhiteSpace(content.TrimStart('\uFEFF'));

    public static CsvParser Open(string content)
    {
        var text = content.TrimStart('\uFEFF');
        var firstLine = text[..(text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length)];
        return new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = firstLine.Contains(';') ? ";" : ",",
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            BadDataFound = null,
        });
    }
}
