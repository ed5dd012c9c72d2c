using System.Security.Claims;
using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Authorization;

namespace Kansrijk.Access.Authorization;

/// <summary>
/// What page handlers and endpoints call for a protected resource: asks <see cref="IAuthorizationService"/> and writes
/// every refusal to the access log.
/// </summary>
public sealed class Authorizer(IAuthorizationService authorization, IHttpContextAccessor http, AccessLogWriter log, ActorScopes scopes)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public async Task<bool> AllowsAsync(Permission permission, ScopedResource? resource = null, CancellationToken ct = default)
    {
        var result = await authorization.AuthorizeAsync(User, resource, new PermissionRequirement(permission));
        if (!result.Succeeded)
        {
            await log.RecordAsync(new AccessEvent(AccessAction.Read, resource?.Type ?? permission.Name, resource?.Id, AccessOutcome.Denied,
                Details: $"Geweigerd: {permission.Name}" + (resource is { Municipalities.Count: > 0 } r ? $" voor {string.Join(", ", r.Municipalities.Take(20))}" : "")), ct);
        }
        return result.Succeeded;
    }

    /// <summary>Without logging: to decide whether to show an edit button.</summary>
    public async Task<bool> MayAsync(Permission permission, ScopedResource? resource = null) =>
        (await authorization.AuthorizeAsync(User, resource, new PermissionRequirement(permission))).Succeeded;

    /// <summary>
    /// A change of scope itself (which municipalities a coalition or organisation covers): every municipality added or
    /// removed must be in the actor's scope, so nobody widens her own reach.
    /// </summary>
    public Task<bool> AllowsScopeChangeAsync(Permission permission, string type, string? id, IEnumerable<string> before, IEnumerable<string> after,
        CancellationToken ct = default)
    {
        var old = before.ToHashSet();
        var changed = after.ToHashSet();
        changed.SymmetricExceptWith(old);
        return changed.Count == 0 ? Task.FromResult(true) : AllowsAsync(permission, ScopedResource.Of(type, id, changed), ct);
    }

    public Task<ActorScope> ScopeAsync(CancellationToken ct = default) => scopes.ForAsync(User, ct);
}
