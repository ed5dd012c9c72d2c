using System.Globalization;
using System.Security.Claims;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.Authorization;

/// <summary>
/// The municipalities an actor works for: everything for an administrator with a second factor; for a coordinator the
/// municipalities of her scope, directly or through the coalitions she coordinates (as the registry holds them now).
/// </summary>
public sealed class ActorScope(bool all, IReadOnlySet<string> municipalities, IReadOnlySet<int>? organisations = null, IReadOnlySet<int>? supervised = null)
{
    public static readonly ActorScope Nothing = new(false, new HashSet<string>());

    /// <summary>The organisations a professional works for (role scope "Organisatie"); client data follows these.</summary>
    public IReadOnlySet<int> Organisations { get; } = organisations ?? new HashSet<int>();

    /// <summary>The organisations she is privacy officer of (role Privacyfunctionaris with scope "Organisatie").</summary>
    public IReadOnlySet<int> SupervisedOrganisations { get; } = supervised ?? new HashSet<int>();

    public bool All { get; } = all;
    public bool Any => All || Municipalities.Count > 0;
    public IReadOnlySet<string> Municipalities { get; } = municipalities;

    public bool Covers(string municipalityCode) => All || Municipalities.Contains(municipalityCode);

    /// <summary>Every one of the codes; an empty list is a national resource, which only "all" covers.</summary>
    public bool CoversAll(IEnumerable<string> codes)
    {
        var list = codes.ToList();
        return All || (list.Count > 0 && list.All(Municipalities.Contains));
    }

    public bool CoversAny(IEnumerable<string> codes) => All || codes.Any(Municipalities.Contains);
}

/// <summary>Works out an actor's scope once per request.</summary>
public sealed class ActorScopes(KansrijkDb db)
{
    private readonly Dictionary<ClaimsPrincipal, ActorScope> cache = [];

    public async Task<ActorScope> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (cache.TryGetValue(user, out var known)) return known;
        var scope = await ComputeAsync(user, ct);
        cache[user] = scope;
        return scope;
    }

    private async Task<ActorScope> ComputeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsAdministratorWithSecondFactor()) return new ActorScope(true, new HashSet<string>());
        var organisations = OrganisationsOf(user, Role.Professional);
        var supervised = OrganisationsOf(user, Role.PrivacyOfficer);
        if (!user.IsInRole(RoleNames.Coordinator)) return new ActorScope(false, new HashSet<string>(), organisations, supervised);
        var codes = new HashSet<string>();
        var coalitionIds = new List<int>();
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
        if (coalitionIds.Count > 0)
        {
            codes.UnionWith(await db.Coalitions.AsNoTracking().Where(c => coalitionIds.Contains(c.Id))
                .SelectMany(c => c.Municipalities).Select(m => m.MunicipalityCode).ToListAsync(ct));
        }
        return new ActorScope(false, codes, organisations, supervised);
    }

    private static HashSet<int> OrganisationsOf(ClaimsPrincipal user, Role role)
    {
        var prefix = $"{role}|{ScopeType.Organisation}:";
        return user.FindAll(KansrijkClaimTypes.Scope).Select(c => c.Value)
            .Where(v => v.StartsWith(prefix, StringComparison.Ordinal))
            .Select(v => int.TryParse(v[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).ToHashSet();
    }
}
