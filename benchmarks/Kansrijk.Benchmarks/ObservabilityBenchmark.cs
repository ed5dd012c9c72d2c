using System.Globalization;
using Kansrijk.Platform.Database;

namespace Kansrijk.Benchmarks;

/// <summary>
/// What per-request logging and OpenTelemetry cost: a public page without the output cache, served by the same Release
/// server with each switched on and off, as a share of a static file in the same run (wrk, 32 connections).
/// Usage: benchmarks/run.sh observability [seconds per URL].
/// </summary>
public static class ObservabilityBenchmark
{
    private static readonly (string Name, Dictionary<string, string> Settings)[] Variants =
    [
        ("request log off, OpenTelemetry off", new() { ["RequestLog:Enabled"] = "false" }),
        ("request log on (Information, every request), OpenTelemetry off",
            new() { ["RequestLog:Enabled"] = "true", ["Serilog:MinimumLevel:Default"] = "Information", ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information" }),
        ("request log off, OpenTelemetry on (traces and metrics collected)", new() { ["RequestLog:Enabled"] = "false", ["OpenTelemetry:Enabled"] = "true" }),
    ];

    public static async Task RunAsync(int seconds)
    {
        Console.WriteLine("\n== Observability on SQLite, output cache off");
        Console.WriteLine("| variant | static file req/s | `/gebieden/GM0392` req/s | share of static |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, settings) in Variants)
        {
            var connection = $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-obsbench-{Guid.NewGuid():N}.db")}";
            await using var app = new BenchApp(DatabaseProvider.Sqlite, connection, outputCache: false, settings);
            var address = app.Address();
            using var client = new HttpClient { BaseAddress = address };
            var stylesheet = ThroughputBenchmark.StylesheetOf(await client.GetStringAsync("/gebieden/GM0392"));
            var rates = new List<double>();
            foreach (var url in new[] { stylesheet, "/gebieden/GM0392" })
            {
                ThroughputBenchmark.Wrk(new Uri(address, url), 2);
                rates.Add(ThroughputBenchmark.Wrk(new Uri(address, url), seconds));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rates[0]:N0} | {rates[1]:N0} | {rates[1] / rates[0]:P1} |"));
        }
    }
}
