using Kansrijk.Access;
using Kansrijk.Monitor.Import;

namespace Kansrijk.Monitor;

public static class MonitorRegistration
{
    public const string ImportPolicy = "MonitorImport";

    public static IServiceCollection AddMonitor(this IServiceCollection services)
    {
        services.AddSingleton<MonitorDataVersion>();
        services.AddSingleton<MonitorCache>();
        services.AddScoped<MonitorQueries>();
        services.AddScoped<IndicatorImporter>();
        services.AddAuthorizationBuilder().AddPolicy(ImportPolicy, p => p.RequireAssertion(ctx =>
            ctx.User.IsInRole(RoleNames.Analyst) ||
            (ctx.User.IsInRole(RoleNames.Administrator) && ctx.User.HasClaim(Policies.MfaClaimType, Policies.MfaClaimValue))));
        return services;
    }
}
