using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Kansrijk.Platform.Layout;

/// <summary>
/// Short words from the field that not every reader knows ("Big2", "VSV", "Wsnp"), with a plain-Dutch explanation.
/// Pages show the explanation where the word appears: as a sentence under a heading, and as an abbreviation with a title.
/// </summary>
public static partial class Glossary
{
    public static readonly IReadOnlyDictionary<string, string> Terms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Big2"] = "te vroeg geboren (voor 37 weken) of te klein voor de duur van de zwangerschap: de twee grote risico's bij de geboorte",
        ["VSV"] = "verloskundig samenwerkingsverband: verloskundigen, gynaecologen en kraamzorg in een regio die samen de geboortezorg regelen",
        ["JGZ"] = "jeugdgezondheidszorg: het consultatiebureau en de jeugdarts of -verpleegkundige",
        ["CJG"] = "centrum voor jeugd en gezin",
        ["Wsnp"] = "Wet schuldsanering natuurlijke personen: de wettelijke regeling voor mensen met schulden die ze niet kunnen betalen",
        ["GGD"] = "gemeentelijke gezondheidsdienst",
        ["CBS"] = "Centraal Bureau voor de Statistiek",
    };

    /// <summary>The terms that occur in the texts, each once, in the order of the list.</summary>
    public static IReadOnlyList<(string Term, string Explanation)> In(params string?[] texts) =>
        [.. Terms.Where(t => texts.Any(x => x is not null && TermPattern(t.Key).IsMatch(x))).Select(t => (t.Key, t.Value))];

    /// <summary>The text with each known term as an abbreviation whose title explains it.</summary>
    public static IHtmlContent Marked(string text)
    {
        var html = WebUtility.HtmlEncode(text);
        foreach (var (term, explanation) in In(text))
        {
            html = TermPattern(term).Replace(html, $"<abbr title=\"{WebUtility.HtmlEncode(explanation)}\">{term}</abbr>", 1);
        }
        return new HtmlString(html);
    }

    /// <summary>"Big2: te vroeg geboren ...; VSV: ..." for a sentence under a heading, or null when no term occurs.</summary>
    public static string? Sentence(params string?[] texts) =>
        In(texts) is { Count: > 0 } found ? string.Join(" ", found.Select(f => $"{f.Term}: {f.Explanation}.")) : null;

    private static Regex TermPattern(string term) => new($@"(?<![\p{{L}}\d]){Regex.Escape(term)}(?![\p{{L}}\d])", RegexOptions.CultureInvariant);
}
