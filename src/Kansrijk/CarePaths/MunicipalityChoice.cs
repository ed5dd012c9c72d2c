using System.Security.Claims;
using Kansrijk.Access;
using Kansrijk.Geography;

namespace Kansrijk.CarePaths;

/// <summary>The municipality a professional typed: a CBS code, the CBS name, a name people use (alias), or part of one.</summary>
public sealed record MunicipalityChoice(Area? Found, IReadOnlyList<Area> Candidates)
{
    public static MunicipalityChoice Find(IReadOnlyList<Area> municipalities, string? text)
    {
        var typed = text?.Trim() ?? "";
        if (typed.Length == 0)
        {
            return new(null, []);
        }
        if (municipalities.FirstOrDefault(m => string.Equals(m.Code, typed, StringComparison.OrdinalIgnoreCase)) is { } byCode)
        {
            return new(byCode, []);
        }
        var folded = SearchText.Normalise(typed);
        var aliases = MunicipalityAliases.Instance;
        var exact = municipalities.Where(m => m.SearchName == folded || aliases.All.Any(a => a.MunicipalityCode == m.Code && a.SearchName == folded)).ToList();
        if (exact.Count == 1)
        {
            return new(exact[0], []);
        }
        var aliased = aliases.CodesMatching(folded);
        var partial = municipalities.Where(m => m.SearchName.Contains(folded, StringComparison.Ordinal) || aliased.Contains(m.Code)).ToList();
        return partial.Count == 1 ? new(partial[0], []) : new(null, partial);
    }

    /// <summary>The municipality of a signed-in professional's or coordinator's own scope, if she has exactly one.</summary>
    public static string? Own(ClaimsPrincipal user)
    {
        var codes = user.FindAll(KansrijkClaimTypes.Scope).Select(c => c.Value)
            .Where(v => v.Contains($"|{ScopeType.Municipality}:", StringComparison.Ordinal))
            .Select(v => v[(v.IndexOf(':') + 1)..]).Distinct().ToList();
        return codes.Count == 1 ? codes[0] : null;
    }

    /// <summary>"'s-Gravenhage (Den Haag)": the CBS name with the names people use.</summary>
    public static string Label(Area municipality)
    {
        var names = MunicipalityAliases.Instance.NamesOf(municipality.Code);
        return names.Count == 0 ? municipality.Name : $"{municipality.Name} ({string.Join(", ", names)})";
    }
}
