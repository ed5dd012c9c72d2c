using System.Globalization;
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
        user.IsAdministratorWithSecondFactor()
        || user.HasScope(Role.Coordinator, ScopeType.Coalition, coalition.Id.ToString(CultureInfo.InvariantCulture))
        || coalition.Municipalities.Any(m => user.HasScope(Role.Coordinator, ScopeType.Municipality, m.MunicipalityCode));

    /// <summary>
    /// A municipality's yearly questionnaire: an administrator, the municipality's coordinator, or the coordinator of a
    /// coalition the municipality belongs to (not the coordinator of another municipality in the same regional coalition).
    /// </summary>
    public static bool CanEditQuestionnaire(ClaimsPrincipal user, string municipalityCode, IEnumerable<int> coalitionIds) =>
        user.IsAdministratorWithSecondFactor()
        || user.HasScope(Role.Coordinator, ScopeType.Municipality, municipalityCode)
        || coalitionIds.Any(id => user.HasScope(Role.Coordinator, ScopeType.Coalition, id.ToString(CultureInfo.InvariantCulture)));
}
