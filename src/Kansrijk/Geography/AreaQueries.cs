using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Geography;

/// <summary>The public surface of the Areas feature: other features look areas up through this.</summary>
public sealed class AreaQueries(KansrijkDb db)
{
    public async Task<IReadOnlyList<Area>> SearchAsync(string? text, AreaType? type, CancellationToken cancellationToken = default)
    {
        var query = db.Areas.AsNoTracking();
        if (type is not null)
        {
            query = query.Where(a => a.Type == type);
        }
        var normalised = SearchText.Normalise(text);
        if (normalised.Length > 0)
        {
            // also the names people use ("Den Haag" finds 's-Gravenhage): MunicipalityAliases
            var aliased = MunicipalityAliases.Instance.CodesMatching(normalised).ToList();
            query = query.Where(a => a.SearchName.Contains(normalised) || aliased.Contains(a.Code));
        }
        var areas = await query.ToListAsync(cancellationToken);
        // Sorted in memory: 380 rows at most, and the same Dutch order on both providers.
        return [.. areas.OrderBy(a => a.Type).ThenBy(a => a.SearchName, StringComparer.Ordinal)];
    }

    public Task<Area?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code.ToUpperInvariant(), cancellationToken);

    public async Task<AreaDetail?> DetailAsync(string code, CancellationToken cancellationToken = default)
    {
        var area = await FindAsync(code, cancellationToken);
        if (area is null)
        {
            return null;
        }
        var parentCodes = new[] { area.ProvinceCode, area.GgdRegionCode }.OfType<string>().ToList();
        var parents = await db.Areas.AsNoTracking().Where(a => parentCodes.Contains(a.Code)).ToListAsync(cancellationToken);
        var members = area.Type switch
        {
            AreaType.Province => db.Areas.Where(a => a.ProvinceCode == area.Code && a.Type == AreaType.Municipality),
            AreaType.GgdRegion => db.Areas.Where(a => a.GgdRegionCode == area.Code),
            AreaType.Country => db.Areas.Where(a => a.Type == AreaType.Province),
            _ => db.Areas.Where(a => false),
        };
        var memberList = await members.AsNoTracking().ToListAsync(cancellationToken);
        return new AreaDetail(
            area,
            parents.FirstOrDefault(p => p.Code == area.ProvinceCode),
            parents.FirstOrDefault(p => p.Code == area.GgdRegionCode),
            [.. memberList.OrderBy(m => m.SearchName, StringComparer.Ordinal)]);
    }
}

public sealed record AreaDetail(Area Area, Area? Province, Area? GgdRegion, IReadOnlyList<Area> Members);
