using Microsoft.AspNetCore.Authorization;

namespace Kansrijk.Access.Authorization;

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

/// <summary>
/// The one place that decides: the role must hold the permission (an administrator only with a second factor), and the
/// resource's municipalities must fall within the actor's scope as the permission's rule says. Client data follows the
/// actor's organisations and is never granted by the administrator's second factor.
/// </summary>
public sealed class PermissionHandler(ActorScopes scopes) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return;
        var permission = requirement.Permission;
        var clientData = permission.Scope is ScopeRule.Involved or ScopeRule.OwnOrganisation or ScopeRule.InvolvedOrEmergency or ScopeRule.PrivacyOfficer or ScopeRule.Participant;
        if (!clientData && user.IsAdministratorWithSecondFactor())
        {
            context.Succeed(requirement);
            return;
        }
        if (!permission.Roles.Any(r => user.IsInRole(r.ToString()))) return;
        var scope = permission.Scope == ScopeRule.None ? ActorScope.Nothing : await scopes.ForAsync(user);
        var resource = context.Resource as ScopedResource;
        var allowed = permission.Scope switch
        {
            ScopeRule.None => true,
            ScopeRule.AnyScope => scope.Any,
            ScopeRule.CoversAny => resource is not null && scope.CoversAny(resource.Municipalities),
            ScopeRule.CoversAll => resource is not null && scope.CoversAll(resource.Municipalities),
            ScopeRule.Involved => resource is not null && resource.Organisations.Any(scope.Organisations.Contains),
            ScopeRule.OwnOrganisation => scope.Organisations.Count > 0,
            ScopeRule.InvolvedOrEmergency => resource is not null && (resource.Organisations.Any(scope.Organisations.Contains)
                || (scope.Organisations.Count > 0 && user.UserId() is { } id && resource.EmergencyUsers.Contains(id))),
            ScopeRule.Participant => resource is not null && scope.Organisations.Count > 0 && user.UserId() is { } me && resource.Participants.Contains(me),
            ScopeRule.PrivacyOfficer => resource is null ? scope.SupervisedOrganisations.Count > 0 : resource.Organisations.Any(scope.SupervisedOrganisations.Contains),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
    }
}
