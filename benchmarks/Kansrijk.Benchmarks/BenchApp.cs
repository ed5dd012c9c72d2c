using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Benchmarks;

/// <summary>The real app on Kestrel on a loopback port, without demo data, for the benchmarks.</summary>
internal sealed class BenchApp(DatabaseProvider provider, string connection, bool outputCache = true, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public Uri Address()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("localhost", "127.0.0.1"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Kansrijk", connection);
        builder.UseSetting("Kansrijk:Demo", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Kansrijk:Cache:Enabled", outputCache ? "true" : "false");
        builder.UseSetting("Kansrijk:Cache:WarmAfterChanges", outputCache ? "true" : "false");
        // the access log's key and checkpoints in the temp folder, not in the source tree
        builder.UseSetting("AccessLog:KeyFile", Path.Combine(Path.GetTempPath(), "kansrijk-bench-keys", "access-log.key"));
        builder.UseSetting("AccessLog:CheckpointFile", Path.Combine(Path.GetTempPath(), "kansrijk-bench-keys", $"checkpoints-{Guid.NewGuid():N}"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
