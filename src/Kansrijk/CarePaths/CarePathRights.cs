global using EditScope = Kansrijk.Access.Authorization.ActorScope;
using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Geography;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>
/// How care paths, offers and organisations appear to the one authorization model (Access/Authorization): a
/// municipality's path covers that municipality, a GGD region's path all municipalities of the region, an offer the
/// municipalities it serves (national: none), an organisation the municipalities it serves. The decisions are made there.
/// </summary>
public sealed class CarePathResources(KansrijkDb db)
{
    public async Task<ScopedResource?> AreaAsync(string areaCode, CancellationToken ct = default)
    {
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == areaCode, ct);
        if (area is null) return null;
        if (area.Type == AreaType.Municipality) return ScopedResource.Municipality("Zorgpad", area.Code);
        if (area.Type != AreaType.GgdRegion) return new ScopedResource("Zorgpad", area.Code, []);
        var members = await db.Areas.AsNoTracking().Where(a => a.GgdRegionCode == area.Code && a.Type == AreaType.Municipality).Select(a => a.Code).ToListAsync(ct);
        return ScopedResource.Of("Zorgpad", area.Code, members);
    }

    public static ScopedResource Offer(Offer offer) => ScopedResource.Of("Aanbod", offer.Id.ToString(CultureInfo.InvariantCulture),
        offer.National ? [] : offer.Municipalities.Select(m => m.MunicipalityCode).Where(c => c != Area.NetherlandsCode));

    public static ScopedResource Organisation(Organisation organisation) => ScopedResource.Of("Organisatie",
        organisation.Id.ToString(CultureInfo.InvariantCulture), organisation.Municipalities.Select(m => m.MunicipalityCode));
}
