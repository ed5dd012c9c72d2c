using Kansrijk.CarePaths;
using Kansrijk.Organisations;
using Kansrijk.Pathways;

namespace Kansrijk.Signalling.Pages;

/// <summary>The published help of her municipality for the care-path themes of the domains that need it (through the contracts).</summary>
public sealed class HelpNearby(PathwayCaseLinks pathways, OfferDirectory offers, OrganisationDirectory organisations)
{
    public sealed record Offer(OfferSummary Summary, OrganisationContact? Contact);

    public sealed record Result(string MunicipalityCode, IReadOnlyDictionary<string, IReadOnlyList<Offer>> ByTheme)
    {
        public IReadOnlyList<Offer> For(IEnumerable<string> themes) =>
            [.. themes.SelectMany(t => ByTheme.GetValueOrDefault(t) ?? []).DistinctBy(o => o.Summary.Id)];
    }

    public static string ThemeName(string code) =>
        OfferDirectory.BuiltInThemes.FirstOrDefault(t => t.Code == code).Name ?? code;

    public async Task<Result> ForAsync(int pathwayId, IEnumerable<string> themes, CancellationToken ct)
    {
        var municipality = (await pathways.MunicipalitiesAsync([pathwayId], ct)).GetValueOrDefault(pathwayId) ?? "";
        var byTheme = await offers.PublishedByThemeAsync(municipality, themes, ct);
        var contacts = await organisations.ContactPointsAsync(byTheme.Values.SelectMany(o => o).Select(o => o.OrganisationId).Distinct(), ct);
        return new Result(municipality, byTheme.ToDictionary(p => p.Key,
            p => (IReadOnlyList<Offer>)[.. p.Value.Select(o => new Offer(o, contacts.GetValueOrDefault(o.OrganisationId)))], StringComparer.Ordinal));
    }
}
