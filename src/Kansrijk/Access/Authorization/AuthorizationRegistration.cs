using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;

namespace Kansrijk.Access.Authorization;

/// <summary>Every permission is also a policy of the same name, for [Authorize(Policy = ...)] and RequireAuthorization(...).</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        Permissions.Find(policyName) is { } permission
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)).Build()
            : await base.GetPolicyAsync(policyName);
}

/// <summary>Writes a refusal by an endpoint's policy to the access log, then answers as usual.</summary>
public sealed class LoggingResultHandler(AccessLogWriter log) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged || result.Forbidden)
        {
            var permission = policy.Requirements.OfType<PermissionRequirement>().FirstOrDefault()?.Permission.Name ?? "ingelogd";
            await log.RecordAsync(new AccessEvent(AccessAction.Read, "Pagina", $"{context.Request.Method} {context.Request.Path}", AccessOutcome.Denied,
                Details: result.Challenged ? $"Niet ingelogd: {permission}" : $"Geweigerd: {permission}"), context.RequestAborted);
        }
        await inner.HandleAsync(next, context, policy, result);
    }
}

public static class AuthorizationRegistration
{
    public static IServiceCollection AddKansrijkAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, LoggingResultHandler>();
        services.AddScoped<ActorScopes>();
        services.AddScoped<Authorizer>();
        return services;
    }
}
