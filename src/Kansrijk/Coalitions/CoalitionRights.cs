using System.Security.Claims;
using Kansrijk.Access;

namespace Kansrijk.Coalitions;

/// <summary>
/// Who may change a coalition: an administrator signed in with a second factor, or a coordinator whose scope is
/// this coalition or one of its municipalities. Everyone else reads.
/// </summary>
public static class CoalitionRights
{
    public static bool CanEdit(ClaimsPrincipal user, Coalition coalition) =>
        (user.IsInRole(RoleNames.Administrator) && user.HasClaim(Policies.MfaClaimType, Policies.MfaClaimValue))
        || user.HasScope(Role.Coordinator, ScopeType.Coalition, coalition.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        || coalition.Municipalities.Any(m => user.HasScope(Role.Coordinator, ScopeType.Municipality, m.MunicipalityCode));
}
