namespace Kansrijk.Platform.Word;

/// <summary>
/// Column widths for a table in the Word file, in twentieths of a point, from what the cells hold: every column is at
/// least as wide as its longest word (a word processor that runs out of room breaks a word in the middle), and the room
/// left goes to the columns with the most text. Numbers and amounts count as one word. The estimate is generous: an
/// average letter of the table font (9 pt Calibri, or LibreOffice's metric twin Carlito) is about 90 twips, a bold or
/// capital one up to 120.
/// </summary>
public static class DocxColumnWidths
{
    /// <summary>The table font in half-points (9 pt).</summary>
    public const int FontHalfPoints = 18;

    private const int Letter = 112;          // twips per letter, on the safe side
    private const int CellPadding = 2 * 108 + 60; // Word's default left and right cell margin, plus some slack

    public static int[] For(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, int available)
    {
        var columns = header.Count;
        var least = new int[columns];
        var wish = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            var cells = rows.Select(r => c < r.Count ? r[c] : "").Prepend(header[c]).ToList();
            least[c] = cells.Max(LongestWord) * Letter + CellPadding;
            // a column never asks for more than 40 letters on one line: longer text wraps between words
            wish[c] = Math.Max(least[c], Math.Min(cells.Max(t => t.Length), 40) * Letter + CellPadding);
        }
        var needed = least.Sum();
        if (needed >= available)
        {
            return least; // wider than the page: a word is never split; the table runs into the margin
        }
        var extra = wish.Zip(least, (w, l) => w - l).ToArray();
        var room = available - needed;
        var totalExtra = extra.Sum();
        var widths = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            widths[c] = least[c] + (totalExtra == 0 ? room / columns : (int)((long)room * extra[c] / totalExtra));
        }
        widths[^1] += available - widths.Sum(); // rounding
        return widths;
    }

    /// <summary>Letters in the longest part that may not be broken: a word, or a whole number or amount.</summary>
    public static int LongestWord(string text)
    {
        if (IsFigure(text))
        {
            return text.Length;
        }
        return text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>A number, percentage, amount or period ("€ 12.500", "12,3 %", "2021–2022"): kept on one line.</summary>
    public static bool IsFigure(string text) =>
        text.Length > 0 && text.Length <= 24 && text.Any(char.IsDigit)
        && text.All(ch => char.IsDigit(ch) || ch is ' ' or '\u00a0' or '.' or ',' or '%' or '€' or '-' or '–' or '*' or '/' or '+');
}
