using System.Reflection;
using System.Text.Json;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kansrijk.Platform.Web;

/// <summary>
/// /health/live: the process answers (no database). /health/ready: the database is reachable and every migration
/// is applied, so a load balancer may send traffic. Both give the version.
/// </summary>
public static class HealthEndpoint
{
    public const string ReadyTag = "ready";

    public static string Version { get; } = typeof(HealthEndpoint).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static IServiceCollection AddKansrijkHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<KansrijkDb>("database", tags: [ReadyTag])
            .AddCheck<MigrationsCheck>("migrations", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapKansrijkHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, report) => Write(context, report, "Kansrijk draait."),
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = (context, report) => Write(context, report, report.Status == HealthStatus.Healthy
                ? "Kansrijk werkt."
                : report.Entries.TryGetValue("database", out var db) && db.Status != HealthStatus.Healthy
                    ? "Kansrijk werkt niet goed: de database is niet bereikbaar."
                    : "Kansrijk is nog niet klaar: de database mist migraties (voer 'Kansrijk migrate' uit)."),
        });
        return app;
    }

    private static Task Write(HttpContext context, HealthReport report, string message)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            version = Version,
            bericht = message,
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

/// <summary>Unhealthy while the database lacks migrations this version needs.</summary>
public sealed class MigrationsCheck(KansrijkDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending.Count} migraties nog niet toegepast.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("De database is niet bereikbaar.", e);
        }
    }
}
