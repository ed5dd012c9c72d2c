using System.Text.RegularExpressions;

namespace Kansrijk.Geography;

/// <summary>
/// Municipalities by name, so that people type or pick "Haarlem" and never a CBS code. Read once from the same CBS list
/// the database is loaded from (Geography/Data/gemeenten-2025.csv). A list of municipalities is typed as names separated
/// by commas; a CBS code is still understood, so old links and the API keep working.
/// </summary>
public static partial class MunicipalityDirectory
{
    private static readonly Lazy<IReadOnlyList<Area>> All = new(() =>
        [.. ReferenceAreas.ReadFromCsv(ReferenceAreas.DefaultCsvPath).Where(a => a.Type != AreaType.Country)]);

    private static readonly Lazy<Dictionary<string, Area>> ByName = new(() =>
        All.Value.Where(a => a.Type == AreaType.Municipality).ToDictionary(a => SearchText.Normalise(a.Name), StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, Area>> ByCode = new(() => All.Value.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase));

    /// <summary>All municipalities, by name.</summary>
    public static IReadOnlyList<Area> Municipalities => [.. All.Value.Where(a => a.Type == AreaType.Municipality).OrderBy(a => a.SearchName, StringComparer.Ordinal)];

    /// <summary>Areas of one kind, by name.</summary>
    public static IReadOnlyList<Area> OfType(AreaType type) => [.. All.Value.Where(a => a.Type == type).OrderBy(a => a.SearchName, StringComparer.Ordinal)];

    /// <summary>Municipalities grouped by province (name of the province, its municipalities by name), for a grouped select.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<Area> Areas)> ByProvince() =>
        [.. OfType(AreaType.Province).Select(p => (p.Name, (IReadOnlyList<Area>)[.. Municipalities.Where(m => m.ProvinceCode == p.Code)]))];

    public static string NameOf(string code) => ByCode.Value.TryGetValue(code, out var area) ? area.Name : code;

    /// <summary>One municipality typed by name (accents and capitals do not matter) or by CBS code; null when unknown.</summary>
    public static Area? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (CodePattern().IsMatch(trimmed)) return ByCode.Value.GetValueOrDefault(trimmed.ToUpperInvariant()) is { Type: AreaType.Municipality } m ? m : null;
        return ByName.Value.GetValueOrDefault(SearchText.Normalise(trimmed));
    }

    /// <summary>
    /// The codes of a list typed as names (or codes) separated by commas or semicolons. What is not a known municipality
    /// comes back as typed, so the form's check can name it ("Deze gemeente kennen we niet: Harlem").
    /// </summary>
    public static IReadOnlyList<string> Codes(string? text)
    {
        var result = new List<string>();
        foreach (var token in (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = token.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts.All(p => CodePattern().IsMatch(p)))
            {
                result.AddRange(parts.Select(p => p.ToUpperInvariant()));
            }
            else
            {
                result.Add(Find(token)?.Code ?? (CodePattern().IsMatch(token) ? token.ToUpperInvariant() : token));
            }
        }
        return [.. result.Distinct()];
    }

    /// <summary>The names of codes, by name, separated by commas: what a form shows for a stored list.</summary>
    public static string Names(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => ByCode.Value.GetValueOrDefault(c)).OfType<Area>().OrderBy(a => a.SearchName, StringComparer.Ordinal).Select(a => a.Name)
            .Concat(codes.Where(c => !ByCode.Value.ContainsKey(c))));

    /// <summary>The message for what was typed but is no municipality, with a suggestion when a name begins the same way.</summary>
    public static string Unknown(IEnumerable<string> typed)
    {
        var list = typed.ToList();
        var suggestions = list.SelectMany(t => Municipalities.Where(m => m.SearchName.StartsWith(Prefix(t), StringComparison.Ordinal)).Take(3))
            .Select(m => m.Name).Distinct().Take(3).ToList();
        return $"Deze gemeente kennen we niet: {string.Join(", ", list)}. Schrijf de naam zoals het CBS hem schrijft, bijvoorbeeld Haarlem of 's-Gravenhage, en zet een komma tussen twee gemeenten."
            + (suggestions.Count > 0 ? $" Bedoelt u {string.Join(" of ", suggestions)}?" : "");
    }

    private static string Prefix(string typed) => SearchText.Normalise(typed) is { Length: > 0 } n ? n[..Math.Min(3, n.Length)] : "\u0000";

    [GeneratedRegex("^[Gg][Mm][0-9]{4}$")]
    private static partial Regex CodePattern();
}
