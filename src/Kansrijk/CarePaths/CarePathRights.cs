using System.Globalization;
using System.Security.Claims;
using Kansrijk.Access;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>
/// The municipalities someone may edit care paths and offers for: everything for an administrator signed in with a second
/// factor; for a coordinator the municipalities of their scope, directly or through a coalition (read from the coalition
/// registry). A regional path needs every municipality of the region. Everyone else reads published content only.
/// </summary>
public sealed class EditScope
{
    private readonly IReadOnlySet<string> municipalities;

    public EditScope(bool all, IReadOnlySet<string> municipalities)
    {
        All = all;
        this.municipalities = municipalities;
    }

    public bool All { get; }
    public bool Any => All || municipalities.Count > 0;
    public IReadOnlySet<string> Municipalities => municipalities;

    public bool Covers(string municipalityCode) => All || municipalities.Contains(municipalityCode);

    public bool CoversAll(IEnumerable<string> municipalityCodes) => All || municipalityCodes.All(municipalities.Contains);
}

public sealed class CarePathRights(KansrijkDb db)
{
    public async Task<EditScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.IsAdministratorWithSecondFactor())
        {
            return new EditScope(true, new HashSet<string>());
        }
        var codes = new HashSet<string>();
        var coalitionIds = new List<int>();
        if (user.IsInRole(RoleNames.Coordinator))
        {
            foreach (var claim in user.FindAll(KansrijkClaimTypes.Scope).Select(c => c.Value))
            {
                if (claim.StartsWith($"{Role.Coordinator}|{ScopeType.Municipality}:", StringComparison.Ordinal))
                {
                    codes.Add(claim[(claim.IndexOf(':') + 1)..]);
                }
                else if (claim.StartsWith($"{Role.Coordinator}|{ScopeType.Coalition}:", StringComparison.Ordinal)
                    && int.TryParse(claim[(claim.IndexOf(':') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    coalitionIds.Add(id);
                }
            }
        }
        if (coalitionIds.Count > 0)
        {
            codes.UnionWith(await db.Coalitions.AsNoTracking().Where(c => coalitionIds.Contains(c.Id))
                .SelectMany(c => c.Municipalities).Select(m => m.MunicipalityCode).ToListAsync(ct));
        }
        return new EditScope(false, codes);
    }

    /// <summary>May edit the path of this area: a municipality in scope, or a GGD region all of whose municipalities are in scope.</summary>
    public async Task<bool> CanEditAreaAsync(EditScope scope, string areaCode, CancellationToken ct = default)
    {
        if (scope.All)
        {
            return true;
        }
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == areaCode, ct);
        if (area is null)
        {
            return false;
        }
        if (area.Type == AreaType.Municipality)
        {
            return scope.Covers(area.Code);
        }
        if (area.Type != AreaType.GgdRegion)
        {
            return false;
        }
        var members = await db.Areas.AsNoTracking().Where(a => a.GgdRegionCode == area.Code && a.Type == AreaType.Municipality).Select(a => a.Code).ToListAsync(ct);
        return members.Count > 0 && scope.CoversAll(members);
    }

    /// <summary>May edit an offer: a national offer only administrators; otherwise every municipality it serves must be in scope.</summary>
    public static bool CanEditOffer(EditScope scope, Offer offer) =>
        scope.All || (!offer.National && offer.Municipalities.Count > 0 && scope.CoversAll(offer.Municipalities.Select(m => m.MunicipalityCode)));
}
