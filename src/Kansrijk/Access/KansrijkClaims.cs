using System.Security.Claims;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kansrijk.Access;

public static class KansrijkClaimTypes
{
    public const string DisplayName = "kansrijk:name";
    /// <summary>"Role|ScopeType:ScopeId", one claim per role assignment that has a scope.</summary>
    public const string Scope = "kansrijk:scope";
    /// <summary>The id of the server-side session (<see cref="Sessions.UserSession"/>) this cookie belongs to.</summary>
    public const string Session = "kansrijk:sid";
}

/// <summary>Puts the user's roles, scopes and name into the sign-in cookie.</summary>
public sealed class KansrijkClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options, KansrijkDb db)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KansrijkClaimTypes.DisplayName, user.DisplayName));
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).ToListAsync();
        foreach (var role in roles.Select(r => r.Role).Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        }
        foreach (var scoped in roles.Where(r => r.ScopeType != ScopeType.None))
        {
            identity.AddClaim(new Claim(KansrijkClaimTypes.Scope, $"{scoped.Role}|{scoped.ScopeClaim}"));
        }
        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(KansrijkClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>An administrator signed in with a second factor: the only one who may change everything.</summary>
    public static bool IsAdministratorWithSecondFactor(this ClaimsPrincipal user) =>
        user.IsInRole(RoleNames.Administrator) && user.HasClaim(Policies.MfaClaimType, Policies.MfaClaimValue);

    public static bool HasScope(this ClaimsPrincipal user, Role role, ScopeType type, string id) =>
        user.HasClaim(KansrijkClaimTypes.Scope, $"{role}|{type}:{id}");

    /// <summary>The roles as Dutch names, for the access log and the header.</summary>
    public static string RolesText(this ClaimsPrincipal user) =>
        string.Join(", ", user.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var r) ? RoleNames.Dutch(r) : c.Value));
}
