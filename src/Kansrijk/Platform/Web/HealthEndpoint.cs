using System.Text.Json;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kansrijk.Platform.Web;

public static class HealthEndpoint
{
    public static IServiceCollection AddKansrijkHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<KansrijkDb>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapKansrijkHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                var body = new
                {
                    status = report.Status.ToString(),
                    bericht = report.Status == HealthStatus.Healthy ? "Kansrijk werkt." : "Kansrijk werkt niet goed: de database is niet bereikbaar.",
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                };
                await context.Response.WriteAsync(JsonSerializer.Serialize(body));
            },
        });
        return app;
    }
}
