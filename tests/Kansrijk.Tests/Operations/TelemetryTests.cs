using System.Diagnostics;
using System.Net;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using OpenTelemetry.Trace;

namespace Kansrijk.Tests.Operations;

/// <summary>With OpenTelemetry on, a request gives a server span and the EF Core spans of its queries, in one trace.</summary>
public sealed class TracedApp() : KansrijkFactory(DatabaseProvider.Sqlite)
{
    public List<Activity> Spans { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenTelemetry:Enabled", "true");
        builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans)));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class TelemetryTests(TracedApp app) : IClassFixture<TracedApp>
{
    [Fact]
    public async Task A_request_is_traced_with_its_database_queries()
    {
        var response = await app.NewClient().GetAsync("/api/v1/areas/GM0392");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Activity? server = null;
        for (var i = 0; i < 50 && server is null; i++)
        {
            lock (app.Spans)
            {
                server = app.Spans.FirstOrDefault(s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/api/v1/areas/{code}"));
            }
            if (server is null)
            {
                await Task.Delay(100);
            }
        }
        Assert.NotNull(server);
        lock (app.Spans)
        {
            Assert.Contains(app.Spans, s => s.TraceId == server!.TraceId && s.Kind == ActivityKind.Client && s.Source.Name.Contains("EntityFrameworkCore"));
        }
    }
}
