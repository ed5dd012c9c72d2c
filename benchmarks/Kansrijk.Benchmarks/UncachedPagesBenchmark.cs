using System.Globalization;
using Kansrijk.Platform.Database;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// The pages a logged-in user always gets uncached, on the 50,000 offers of the care path benchmark with the output cache
/// off: one request at a time (median, p95) and then wrk with 32 connections, each as a share of the static stylesheet of
/// the same run. Usage: benchmarks/run.sh uncached [seconds per URL]. KANSRIJK_BENCH_SQL=1 logs every SQL command with its time and each query EF compiles, for one request per URL.
/// </summary>
public static class UncachedPagesBenchmark
{
    public static readonly string[] Urls =
    [
        "/zorgpaden/GM0518/financien-en-schulden",
        "/zorgpaden/GM0518/financien-en-schulden?leeftijd=30&verzekerd=ja",
        "/sociale-kaart?q=schulden",
        "/sociale-kaart?q=schulden&gemeente=GM0392",
        "/api/v1/offers?q=schulden&municipality=GM0392",
    ];

    public static async Task RunAsync(DatabaseProvider provider, int seconds)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_uncached_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-uncached-{Guid.NewGuid():N}.db")}";
        var sql = Environment.GetEnvironmentVariable("KANSRIJK_BENCH_SQL") == "1";
        var settings = sql ? new Dictionary<string, string> { ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Information", ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Query"] = "Debug" } : null;
        await using var app = new BenchApp(provider, connection, outputCache: false, settings);
        var baseAddress = app.Address();
        Console.WriteLine($"\n== Uncached pages on {provider}");
        await CarePathBenchmark.SeedAsync(app.Services);
        using var client = new HttpClient { BaseAddress = baseAddress };
        var stylesheet = ThroughputBenchmark.StylesheetOf(await client.GetStringAsync("/"));
        foreach (var url in Urls)
        {
            await PageTimer.MeasureAsync(client, url, sql ? 1 : 100);
        }
        if (sql || seconds <= 0)
        {
            return;
        }
        double? staticRate = null;
        Console.WriteLine("| URL | requests/s | share of the static file |");
        Console.WriteLine("|---|---|---|");
        foreach (var url in new[] { stylesheet }.Concat(Urls))
        {
            ThroughputBenchmark.Wrk(new Uri(baseAddress, url), 2);
            var rate = ThroughputBenchmark.Wrk(new Uri(baseAddress, url), seconds);
            staticRate ??= rate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{url}` | {rate:N0} | {rate / staticRate.Value:P0} |"));
        }
    }
}
