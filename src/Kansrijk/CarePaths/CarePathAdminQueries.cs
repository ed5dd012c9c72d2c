using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

public sealed record PathSummary(int Id, string AreaCode, string AreaName, string Theme, string ThemeCode, ContentStatus Status);

/// <summary>What editors see: paths and offers in their scope, offers overdue for a check, and history.</summary>
public sealed class CarePathAdminQueries(KansrijkDb db, TimeProvider clock)
{
    public DateOnly OverdueBefore => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(-12);

    private IQueryable<Offer> OffersIn(EditScope scope)
    {
        var offers = db.Offers.AsNoTracking();
        if (scope.All) return offers;
        var codes = scope.Municipalities.ToList();
        return offers.Where(o => !o.National && o.Municipalities.Any(m => codes.Contains(m.MunicipalityCode)));
    }

    public async Task<int> OverdueCountAsync(EditScope scope, CancellationToken ct = default)
    {
        var before = OverdueBefore;
        return await OffersIn(scope).CountAsync(o => o.LastCheckedOn < before, ct);
    }

    public async Task<IReadOnlyList<Offer>> OffersAsync(EditScope scope, bool overdueOnly, CancellationToken ct = default)
    {
        var before = OverdueBefore;
        var query = OffersIn(scope).Include(o => o.Organisation).Include(o => o.Municipalities).AsSplitQuery();
        if (overdueOnly) query = query.Where(o => o.LastCheckedOn < before);
        return await query.OrderBy(o => o.LastCheckedOn).ThenBy(o => o.Name).Take(500).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PathSummary>> PathsAsync(EditScope scope, CancellationToken ct = default)
    {
        var codes = scope.Municipalities.ToList();
        var regions = scope.All ? [] : await db.Areas.AsNoTracking().Where(a => codes.Contains(a.Code)).Select(a => a.GgdRegionCode).OfType<string>().Distinct().ToListAsync(ct);
        var query = db.CarePaths.AsNoTracking().Where(p => p.RevisionOfId == null);
        if (!scope.All) query = query.Where(p => codes.Contains(p.AreaCode) || regions.Contains(p.AreaCode));
        var list = await query.Join(db.Areas, p => p.AreaCode, a => a.Code, (p, a) => new { p, a.Name })
            .Join(db.RiskThemes, x => x.p.ThemeId, t => t.Id, (x, t) => new PathSummary(x.p.Id, x.p.AreaCode, x.Name, t.Name, t.Code, x.p.Status))
            .Take(1000).ToListAsync(ct);
        return [.. list.OrderBy(p => p.AreaName, StringComparer.Ordinal).ThenBy(p => p.Theme, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<CarePathChange>> HistoryAsync(int? pathId, int? offerId, CancellationToken ct = default) =>
        await db.CarePathChanges.AsNoTracking()
            .Where(c => (pathId != null && c.CarePathId == pathId) || (offerId != null && c.OfferId == offerId))
            .OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
}
