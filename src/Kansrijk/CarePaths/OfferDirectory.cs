using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>An offer as another module needs it: to name it, to know which organisation receives a referral, and whether it is the prenatal home visit.</summary>
public sealed record OfferSummary(int Id, string Name, int OrganisationId, string OrganisationName, bool IsPrenatalHomeVisit);

/// <summary>
/// The CarePaths module's contract for other modules (a pathway refers to offers): names, receivers and the published
/// offers for a municipality, without reading the care-path tables.
/// </summary>
public sealed class OfferDirectory(KansrijkDb db)
{
    public async Task<IReadOnlyDictionary<int, OfferSummary>> FindAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<int, OfferSummary>();
        return await db.Offers.AsNoTracking().Where(o => list.Contains(o.Id))
            .Select(o => new OfferSummary(o.Id, o.Name, o.OrganisationId, o.Organisation!.Name, o.IsPrenatalHomeVisit)).ToDictionaryAsync(o => o.Id, ct);
    }

    /// <summary>The built-in risk themes (code, name) in their fixed order; the monitor counts referrals per theme by them.</summary>
    public static IReadOnlyList<(string Code, string Name)> BuiltInThemes => CarePathReference.BuiltIn;

    /// <summary>Per offer the codes of its themes (an offer may have several, or none).</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> ThemeCodesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<int, IReadOnlyList<string>>();
        var rows = await db.Set<OfferTheme>().AsNoTracking().Where(t => list.Contains(t.OfferId))
            .Join(db.RiskThemes, t => t.ThemeId, r => r.Id, (t, r) => new { t.OfferId, r.Code }).ToListAsync(ct);
        return rows.GroupBy(r => r.OfferId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Code).Distinct()]);
    }

    /// <summary>The published offers for women of this municipality (its own and national ones), by organisation and name.</summary>
    public async Task<IReadOnlyList<OfferSummary>> PublishedForAsync(string municipalityCode, CancellationToken ct) =>
        await db.Offers.AsNoTracking()
            .Where(o => o.Status == ContentStatus.Published && (o.National || o.Municipalities.Any(m => m.MunicipalityCode == municipalityCode)))
            .OrderBy(o => o.Organisation!.Name).ThenBy(o => o.Name)
            .Select(o => new OfferSummary(o.Id, o.Name, o.OrganisationId, o.Organisation!.Name, o.IsPrenatalHomeVisit)).ToListAsync(ct);

    /// <summary>The published offers for women of this municipality under each theme asked for (theme code → offers; none → empty).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<OfferSummary>>> PublishedByThemeAsync(string municipalityCode,
        IEnumerable<string> themeCodes, CancellationToken ct)
    {
        var offers = await PublishedForAsync(municipalityCode, ct);
        var themes = await ThemeCodesAsync(offers.Select(o => o.Id), ct);
        return themeCodes.Distinct(StringComparer.Ordinal).ToDictionary(t => t,
            t => (IReadOnlyList<OfferSummary>)[.. offers.Where(o => themes.TryGetValue(o.Id, out var codes) && codes.Contains(t))], StringComparer.Ordinal);
    }

    /// <summary>The codes of all risk themes (built in and added), for checking what another module refers to.</summary>
    public async Task<IReadOnlySet<string>> ThemeCodesAsync(CancellationToken ct) =>
        (await db.RiskThemes.AsNoTracking().Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
}
