using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

public enum PartSource { Regional, Local }

public sealed record MergedStep(CarePathStep Step, PartSource Source, bool ReplacesRegional);

public sealed record MergedRule(RoutingRule Rule, PartSource Source, Offer? Offer);

/// <summary>A care path as a professional sees it for one municipality: the regional path with the municipality's additions.</summary>
public sealed record CarePathView(
    Area Municipality, Area? Region, RiskTheme Theme, CarePath? Regional, CarePath? Local,
    IReadOnlyList<MergedStep> Steps, IReadOnlyList<MergedRule> Rules, IReadOnlyList<Offer> Offers)
{
    public bool Exists => Regional is not null || Local is not null;
}

/// <summary>How near an offer is to the chosen municipality: the social map groups its results in this order.</summary>
public enum OfferReach { Municipality, Region, National, Elsewhere }

public sealed record OfferHit(Offer Offer, bool ServesMunicipality, OfferReach Reach);

public sealed record OfferSearchResult(int Total, IReadOnlyList<OfferHit> Hits);

/// <summary>Reading care paths and the social map, for pages and the API alike. Readers see published content only.</summary>
public sealed class CarePathQueries(KansrijkDb db)
{
    public const int PageSize = 25;
    public const int CountLimit = 1000;

    public async Task<IReadOnlyList<RiskTheme>> ThemesAsync(CancellationToken ct = default) =>
        await db.RiskThemes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(ct);

    public async Task<IReadOnlyList<Area>> MunicipalitiesAsync(CancellationToken ct = default) =>
        [.. (await db.Areas.AsNoTracking().Where(a => a.Type == AreaType.Municipality).ToListAsync(ct)).OrderBy(a => a.SearchName, StringComparer.Ordinal)];

    public Task<Area?> MunicipalityAsync(string? code, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(code) ? Task.FromResult<Area?>(null)
            : db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code.Trim().ToUpperInvariant() && a.Type == AreaType.Municipality, ct);

    /// <summary>The path of a theme for a municipality: its region's path and its own, merged. Drafts only when asked (editors).</summary>
    public async Task<CarePathView?> PathAsync(string municipalityCode, string themeCode, bool includeDrafts, CancellationToken ct = default)
    {
        var municipality = await MunicipalityAsync(municipalityCode, ct);
        var theme = await db.RiskThemes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == themeCode, ct);
        if (municipality is null || theme is null)
        {
            return null;
        }
        var region = municipality.GgdRegionCode is null ? null : await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == municipality.GgdRegionCode, ct);
        var areaCodes = new[] { municipality.Code, municipality.GgdRegionCode ?? municipality.Code };
        var paths = await db.CarePaths.AsNoTracking().Include(p => p.Steps).Include(p => p.Rules)
            .Where(p => p.ThemeId == theme.Id && areaCodes.Contains(p.AreaCode) && (includeDrafts || p.Status == ContentStatus.Published))
            .AsSplitQuery().ToListAsync(ct);
        // an editor's preview shows a concept in place of the published path it prepares (a concept is never published itself)
        var local = paths.Where(p => p.AreaCode == municipality.Code).OrderByDescending(p => p.RevisionOfId != null).FirstOrDefault();
        var regional = paths.Where(p => p.AreaCode != municipality.Code).OrderByDescending(p => p.RevisionOfId != null).FirstOrDefault();

        var localSteps = local?.Steps ?? [];
        var steps = new List<MergedStep>();
        foreach (var step in regional?.Steps ?? [])
        {
            if (localSteps.All(s => s.Number != step.Number))
            {
                steps.Add(new MergedStep(step, PartSource.Regional, false));
            }
        }
        var regionalNumbers = (regional?.Steps ?? []).Select(s => s.Number).ToHashSet();
        steps.AddRange(localSteps.Select(s => new MergedStep(s, PartSource.Local, regionalNumbers.Contains(s.Number))));
        steps.Sort((a, b) => a.Step.Number.CompareTo(b.Step.Number));

        var offers = await OffersForAsync(municipality.Code, theme.Id, ct);
        var ruleOfferIds = paths.SelectMany(p => p.Rules).Select(r => r.OfferId).Distinct().ToList();
        var ruleOffers = await db.Offers.AsNoTracking().Include(o => o.Organisation)
            .Where(o => ruleOfferIds.Contains(o.Id) && o.Status == ContentStatus.Published).ToDictionaryAsync(o => o.Id, ct);
        var rules = (regional?.Rules ?? []).Select(r => (r, PartSource.Regional)).Concat((local?.Rules ?? []).Select(r => (r, PartSource.Local)))
            .OrderBy(x => x.r.MinAge ?? 0).ThenBy(x => x.r.MaxAge ?? int.MaxValue)
            .Select(x => new MergedRule(x.r, x.Item2, ruleOffers.GetValueOrDefault(x.r.OfferId))).ToList();
        return new CarePathView(municipality, region, theme, regional, local, steps, rules, offers);
    }

    /// <summary>Published offers of a theme that serve the municipality (or the whole country).</summary>
    public async Task<IReadOnlyList<Offer>> OffersForAsync(string municipalityCode, int themeId, CancellationToken ct = default)
    {
        var ids = await ServingIdsAsync(municipalityCode, ct);
        // one array parameter, not one parameter per id: a few hundred parameters made each of the split queries slow
        // to build, look up in EF's command cache and prepare (most of the page's time under load)
        return await WithDetails(db.Offers.AsNoTracking())
            .Where(o => EF.Parameter(ids).Contains(o.Id) && o.Status == ContentStatus.Published && o.Themes.Any(t => t.ThemeId == themeId))
            .OrderBy(o => o.National).ThenBy(o => o.Name).Take(100).ToListAsync(ct);
    }

    /// <summary>
    /// The ids of the offers that serve a municipality, national ones included: a few hundred, found through the indexes on
    /// OfferMunicipality.MunicipalityCode (national offers serve NL01), so that the queries after it look offers up by key instead of scanning.
    /// </summary>
    private async Task<List<int>> ServingIdsAsync(string municipalityCode, CancellationToken ct)
    {
        return await db.OfferMunicipalities.AsNoTracking()
            .Where(m => m.MunicipalityCode == municipalityCode || m.MunicipalityCode == Area.NetherlandsCode).Select(m => m.OfferId).Distinct().ToListAsync(ct);
    }

    /// <summary>
    /// Searches all published offers: every word of <paramref name="text"/> must occur (no accents, any case). Offers that serve
    /// the chosen municipality come first; the rest follow. Theme and language filter.
    /// </summary>
    public async Task<OfferSearchResult> SearchAsync(string? text, string? municipalityCode, string? themeCode, string? language, int page = 1, CancellationToken ct = default)
    {
        var query = db.Offers.AsNoTracking().Where(o => o.Status == ContentStatus.Published);
        if (!string.IsNullOrWhiteSpace(themeCode))
        {
            var themeId = await db.RiskThemes.Where(t => t.Code == themeCode).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct) ?? -1;
            var themeKey = $",{themeId.ToString(System.Globalization.CultureInfo.InvariantCulture)},";
            query = query.Where(o => o.ThemeKey.Contains(themeKey));
        }
        if (!string.IsNullOrWhiteSpace(language))
        {
            var code = $",{language.Trim().ToLowerInvariant()},";
            query = query.Where(o => o.Languages.Contains(code));
        }
        // The words last: the short theme and language columns are cheaper to test first.
        foreach (var word in SearchText.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(6))
        {
            query = query.Where(o => o.SearchKey.Contains(word));
        }
        page = Math.Max(1, page);
        var municipality = municipalityCode?.Trim().ToUpperInvariant();
        var reach = string.IsNullOrEmpty(municipality) ? null : await ReachAsync(municipality, ct);
        OfferReach ReachOf(int id) => reach is null ? OfferReach.Elsewhere
            : reach.Local.Contains(id) ? OfferReach.Municipality : reach.Region.Contains(id) ? OfferReach.Region
            : reach.National.Contains(id) ? OfferReach.National : OfferReach.Elsewhere;
        var skip = (page - 1) * PageSize;

        // One pass over the matches, stopping at CountLimit. Fewer matches (a rare word): count, group, order and page them
        // here, then read the page by key. More: the word is common, so each group is read by key and the rest found by walking
        // the name index.
        var matches = await query.OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).Take(CountLimit).ToListAsync(ct);
        List<int> pageIds;
        if (matches.Count < CountLimit)
        {
            pageIds = [.. matches.OrderBy(m => ReachOf(m.Id)).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Id).Skip(skip).Take(PageSize).Select(m => m.Id)];
        }
        else
        {
            pageIds = [];
            var before = 0;
            var grouped = new List<int>();
            foreach (var group in reach?.Groups ?? [])
            {
                grouped.AddRange(group);
                if (pageIds.Count >= PageSize || group.Count == 0)
                {
                    continue;
                }
                var ids = group.ToList();
                var inGroup = (await query.Where(o => EF.Parameter(ids).Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
                    .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Id).ToList();
                pageIds.AddRange(inGroup.Skip(Math.Max(0, skip - before)).Take(PageSize - pageIds.Count).Select(m => m.Id));
                before += inGroup.Count;
            }
            if (pageIds.Count < PageSize)
            {
                var rest = grouped.Count > 0 ? query.Where(o => !EF.Parameter(grouped).Contains(o.Id)) : query;
                pageIds.AddRange(await rest.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(Math.Max(0, skip - before)).Take(PageSize - pageIds.Count).Select(o => o.Id).ToListAsync(ct));
            }
        }
        var offers = (await WithDetails(db.Offers.AsNoTracking()).Where(o => pageIds.Contains(o.Id)).ToListAsync(ct)).ToDictionary(o => o.Id);
        var hits = pageIds.Select(id => new OfferHit(offers[id], ReachOf(id) is OfferReach.Municipality or OfferReach.National, ReachOf(id))).ToList();
        return new OfferSearchResult(matches.Count, hits);
    }

    private sealed record Reach(HashSet<int> Local, HashSet<int> Region, HashSet<int> National)
    {
        public IEnumerable<HashSet<int>> Groups => [Local, Region, National];
    }

    /// <summary>The offers serving the municipality, the other municipalities of its GGD region, and the whole country (by key).</summary>
    private async Task<Reach> ReachAsync(string municipalityCode, CancellationToken ct)
    {
        var region = await db.Areas.AsNoTracking().Where(a => a.Code == municipalityCode).Select(a => a.GgdRegionCode).FirstOrDefaultAsync(ct);
        var members = region is null ? [] : await db.Areas.AsNoTracking().Where(a => a.GgdRegionCode == region && a.Type == AreaType.Municipality && a.Code != municipalityCode)
            .Select(a => a.Code).ToListAsync(ct);
        var rows = await db.OfferMunicipalities.AsNoTracking()
            .Where(m => m.MunicipalityCode == municipalityCode || m.MunicipalityCode == Area.NetherlandsCode || members.Contains(m.MunicipalityCode))
            .Select(m => new { m.OfferId, m.MunicipalityCode }).ToListAsync(ct);
        var local = rows.Where(r => r.MunicipalityCode == municipalityCode).Select(r => r.OfferId).ToHashSet();
        var national = rows.Where(r => r.MunicipalityCode == Area.NetherlandsCode).Select(r => r.OfferId).Where(id => !local.Contains(id)).ToHashSet();
        var regional = rows.Where(r => r.MunicipalityCode != municipalityCode && r.MunicipalityCode != Area.NetherlandsCode)
            .Select(r => r.OfferId).Where(id => !local.Contains(id) && !national.Contains(id)).ToHashSet();
        return new Reach(local, regional, national);
    }

    private static IQueryable<Offer> WithDetails(IQueryable<Offer> offers) =>
        offers.Include(o => o.Organisation).Include(o => o.Themes).Include(o => o.Municipalities).AsSplitQuery();

    /// <summary>Everything a municipality's social map holds, published, for export.</summary>
    public async Task<IReadOnlyList<Offer>> SocialMapAsync(string municipalityCode, CancellationToken ct = default) =>
        await WithDetails(db.Offers.AsNoTracking())
            .Where(o => o.Status == ContentStatus.Published && (o.National || o.Municipalities.Any(m => m.MunicipalityCode == municipalityCode)))
            .OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<int, string>> ThemeCodesAsync(CancellationToken ct = default) =>
        await db.RiskThemes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, ct);

    /// <summary>Themes with a published path (own or regional) for the municipality.</summary>
    public async Task<IReadOnlySet<int>> ThemesWithPathAsync(Area municipality, CancellationToken ct = default)
    {
        var codes = new[] { municipality.Code, municipality.GgdRegionCode ?? municipality.Code };
        return (await db.CarePaths.AsNoTracking().Where(p => codes.Contains(p.AreaCode) && p.Status == ContentStatus.Published)
            .Select(p => p.ThemeId).ToListAsync(ct)).ToHashSet();
    }
}
