using Kansrijk.CarePaths;
using Kansrijk.Organisations;
using Kansrijk.Pathways;

namespace Kansrijk.Signalling.Pages;

/// <summary>The published help of her municipality for the care-path themes of the domains that need it (through the contracts).</summary>
public sealed class HelpNearby(PathwayCaseLinks pathways, OfferDirectory offers, OrganisationDirectory organisations, TimeProvider clock)
{
    public sealed record Offer(OfferSummary Summary, OrganisationContact? Contact);

    public sealed record Result(string MunicipalityCode, IReadOnlyDictionary<string, IReadOnlyList<Offer>> ByTheme)
    {
        public IReadOnlyList<Offer> For(IEnumerable<string> themes) =>
            [.. themes.SelectMany(t => ByTheme.GetValueOrDefault(t) ?? []).DistinctBy(o => o.Summary.Id)];
    }

    public static string ThemeName(string code) =>
        OfferDirectory.BuiltInThemes.FirstOrDefault(t => t.Code == code).Name ?? code;

    /// <summary>For the professional: her municipality, her age today, and per theme the offers routed by the care paths.</summary>
    public sealed record Routed(string MunicipalityCode, int Age, RoutedAdvice Advice)
    {
        public ThemeAdvice? Theme(string code) => Advice.Themes.FirstOrDefault(t => t.ThemeCode == code);
    }

    /// <summary>
    /// Routes the offers of these themes by her age (from her date of birth, at today's date) and the answers the
    /// professional gave to the routing questions; null when her data was removed.
    /// </summary>
    public async Task<Routed?> RoutedAsync(int pathwayId, IEnumerable<string> themes, IReadOnlyDictionary<string, bool> answers, CancellationToken ct)
    {
        if (await pathways.BirthDateAsync(pathwayId, ct) is not { } birthDate) return null;
        var age = PathwayCaseLinks.AgeOn(birthDate, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var municipality = (await pathways.MunicipalitiesAsync([pathwayId], ct)).GetValueOrDefault(pathwayId) ?? "";
        return new Routed(municipality, age, await offers.RouteAsync(municipality, themes, age, answers, ct));
    }

    public async Task<Result> ForAsync(int pathwayId, IEnumerable<string> themes, CancellationToken ct)
    {
        var municipality = (await pathways.MunicipalitiesAsync([pathwayId], ct)).GetValueOrDefault(pathwayId) ?? "";
        var byTheme = await offers.PublishedByThemeAsync(municipality, themes, ct);
        var contacts = await organisations.ContactPointsAsync(byTheme.Values.SelectMany(o => o).Select(o => o.OrganisationId).Distinct(), ct);
        return new Result(municipality, byTheme.ToDictionary(p => p.Key,
            p => (IReadOnlyList<Offer>)[.. p.Value.Select(o => new Offer(o, contacts.GetValueOrDefault(o.OrganisationId)))], StringComparer.Ordinal));
    }
}
