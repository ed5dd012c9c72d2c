using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Kansrijk.Platform.Layout;

/// <summary>
/// Text with numbers, times and dates kept on one line ("9.00–17.00", "023-5115000", "01-03-2025"): each word that holds
/// a digit is wrapped in a span that does not wrap, the rest wraps as usual.
/// </summary>
public static partial class KeepWhole
{
    public static IHtmlContent Numbers(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }
        var html = HtmlEncoder.Default;
        var parts = NumberWord().Split(text);
        var builder = new HtmlContentBuilder();
        foreach (var part in parts)
        {
            if (part.Length > 0 && part.Any(char.IsAsciiDigit) && !part.Any(char.IsWhiteSpace))
            {
                builder.AppendHtml($"<span class=\"kansrijk-nowrap\">{html.Encode(part)}</span>");
            }
            else
            {
                builder.Append(part);
            }
        }
        return builder;
    }

    [GeneratedRegex(@"(\S*\d\S*)")]
    private static partial Regex NumberWord();
}
