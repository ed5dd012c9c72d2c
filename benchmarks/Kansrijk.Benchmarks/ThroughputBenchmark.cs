using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kansrijk.Geography;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform.Caching;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// What users meet under load (issue 13): the requests per second of public pages, downloads and API answers under 32
/// concurrent connections (wrk), each as a share of a static file served by the same server in the same run; the
/// compressed size of the pages; re-importing the same 102,600 monitor rows; the cache warm-up after it and the first
/// pages a visitor asks for after that import.
/// Usage: benchmarks/run.sh throughput [seconds per URL]. Needs wrk (the script installs it with apt).
/// </summary>
public static partial class ThroughputBenchmark
{
    public static async Task RunAsync(DatabaseProvider provider, int seconds, bool outputCache)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_tpbench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-tpbench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection, outputCache);
        var baseAddress = app.Address();
        Console.WriteLine($"\n== Throughput on {provider}, output cache {(outputCache ? "on" : "off")}");

        string csv;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var codes = await MonitorBenchmark.AddBenchmarkIndicatorsAsync(db);
            var municipalities = await db.Areas.Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).OrderBy(c => c).ToListAsync();
            csv = MonitorBenchmark.Dataset(codes, municipalities);
        }
        await ImportAsync(app, csv);
        await CarePathBenchmark.SeedAsync(app.Services);

        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = baseAddress };
        var home = await client.GetStringAsync("/monitor");
        var stylesheet = Stylesheet().Match(home).Groups[1].Value;

        // a visitor came by before the import, so the cache warmer knows the address to warm (as in production)
        foreach (var page in new[] { "/monitor", "/monitor/gebied/GM0392" })
        {
            (await client.GetAsync(page)).EnsureSuccessStatusCode();
        }
        var warmer = app.Services.GetRequiredService<CacheWarmer>();

        // re-import: the same rows again, every value replaced and the old one kept in the history
        var reimport = await Stopwatches.TimeAsync(() => ImportAsync(app, csv));
        Console.WriteLine($"re-import of the same {csv.Count(c => c == '\n') - 1:N0} rows: {reimport.TotalMilliseconds:N0} ms");
        if (outputCache)
        {
            // the first visitor comes a little after the import: by then the warmer has filled the cache for the
            // data version the import committed
            long version;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                version = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<DataVersion>().Select(v => v.Value).SingleAsync();
            }
            var waited = await Stopwatches.TimeAsync(async () =>
            {
                for (var i = 0; i < 2400 && warmer.WarmedVersion < version; i++)
                {
                    await Task.Delay(50);
                }
            });
            Console.WriteLine($"cache warm-up after the import: {warmer.LastRun.Pages} pages in {warmer.LastRun.Took.TotalMilliseconds:N0} ms, ready {waited.TotalMilliseconds:N0} ms after the import ended");
        }
        foreach (var page in new[] { "/monitor/indicator/L12", "/monitor", "/monitor/gebied/GM0392", "/monitor/gebied/GM0392?handler=csv" })
        {
            using var firstRequest = new HttpRequestMessage(HttpMethod.Get, page);
            firstRequest.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br, zstd");
            HttpResponseMessage? answer = null;
            var first = await Stopwatches.TimeAsync(async () => (answer = await client.SendAsync(firstRequest)).EnsureSuccessStatusCode());
            Console.WriteLine($"first {page} after the import: {first.TotalMilliseconds:N0} ms{(answer?.Headers.Age is null ? "" : " (from the warmed output cache)")}");
        }

        var urls = new[]
        {
            stylesheet,
            "/monitor",
            "/monitor/gebied/GM0392",
            "/monitor/indicator/L12",
            "/zorgpaden/GM0518/financien-en-schulden",
            "/sociale-kaart?q=schulden",
            "/",
            "/coalities",
            "/monitor?handler=csv",
            "/monitor/gebied/GM0392?handler=csv",
            "/monitor/indicator/L12?handler=csv",
            "/api/v1/areas?type=municipality",
            "/api/v1/monitor/values?indicator=L12&area=GM0392",
            "/api/v1/offers?q=schulden&municipality=GM0392",
        };
        double? staticRate = null;
        Console.WriteLine("| URL | bytes (br) | requests/s | share of the static file |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var url in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var sized = await client.SendAsync(request);
            sized.EnsureSuccessStatusCode();
            var bytes = (await sized.Content.ReadAsByteArrayAsync()).Length;
            Wrk(new Uri(baseAddress, url), 2); // warm-up: compiled code and caches, not counted
            var rate = Wrk(new Uri(baseAddress, url), seconds);
            staticRate ??= rate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{url}` | {bytes:N0} {string.Join(",", sized.Content.Headers.ContentEncoding)} | {rate:N0} | {rate / staticRate.Value:P0} |"));
        }
    }

    private static async Task ImportAsync(BenchApp app, string csv)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IndicatorImporter>()
            .ImportAsync(new StringReader(csv), "benchmark.csv", "benchmark", "benchmark", synthetic: true);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Import failed: " + string.Join("; ", result.Errors.Take(3).Select(e => e.Message)));
        }
    }

    /// <summary>wrk with 2 threads and 32 connections, as a browser asks (Accept-Encoding br, gzip); returns requests per second.</summary>
    internal static double Wrk(Uri url, int seconds, string? header = null)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", "-c32", $"-d{seconds}s", "-H", "Accept-Encoding: br, gzip", .. header is null ? Array.Empty<string>() : ["-H", header], url.ToString()])
        {
            RedirectStandardOutput = true,
        };
        using var wrk = Process.Start(start)!;
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var match = RequestsPerSecond().Match(output);
        if (!match.Success || output.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk on {url}:\n{output}");
        }
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex("href=\"(/css/site[^\"]+)\"")]
    private static partial Regex Stylesheet();

    /// <summary>The address of the site's stylesheet on a page: the static file the ratios are measured against.</summary>
    internal static string StylesheetOf(string page) => Stylesheet().Match(page).Groups[1].Value;
}
