using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kansrijk.Access;
using Kansrijk.Geography;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// Small work during big work: how long a login and a signed-in page view take while 102,600 monitor rows are
/// imported, and how long re-importing the same rows takes (every value replaced, the old one kept).
/// Usage: benchmarks/run.sh import-load.
/// </summary>
public static partial class ImportLoadBenchmark
{
    private const string Password = "Lange-zin-voor-de-benchmark-2026";

    public static async Task RunAsync(DatabaseProvider provider)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_bench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-importbench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection, outputCache: false, new Dictionary<string, string> { ["Kansrijk:LoginAttemptsPerMinute"] = "1000000" });
        var address = app.Address();
        string csv;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var made = await users.CreateAsync(new User { UserName = "bench@example.org", Email = "bench@example.org", DisplayName = "Benchmark", EmailConfirmed = true }, Password);
            if (!made.Succeeded) throw new InvalidOperationException(string.Join(" ", made.Errors.Select(e => e.Description)));
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var codes = await MonitorBenchmark.AddBenchmarkIndicatorsAsync(db);
            var municipalities = await db.Areas.Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).OrderBy(c => c).ToListAsync();
            csv = Dataset(codes, municipalities, (int)Math.Ceiling(102_600.0 / (codes.Count * municipalities.Count)));
        }
        var rows = csv.Count(c => c == '\n') - 1;
        Console.WriteLine($"\n== {provider}: {rows:N0} rows");
        Console.WriteLine("| phase | import | logins during it | login p50 / p95 / max | page views | page p50 / p95 / max |");
        Console.WriteLine("|---|---|---|---|---|---|");
        await PhaseAsync("first import, people logging in", app, address, csv, load: true);
        await PhaseAsync("re-import of the same rows, no other load", app, address, csv, load: false);
        await PhaseAsync("re-import of the same rows, people logging in", app, address, csv, load: true);
    }

    private static async Task PhaseAsync(string name, BenchApp app, Uri address, string csv, bool load)
    {
        var logins = new List<double>();
        var pages = new List<double>();
        var watch = Stopwatch.StartNew();
        var import = Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IndicatorImporter>()
                .ImportAsync(new StringReader(csv), "benchmark.csv", "benchmark", "benchmark", synthetic: true);
            if (!result.Succeeded) throw new InvalidOperationException("Import failed: " + string.Join("; ", result.Errors.Take(3).Select(e => e.Message)));
            return (Total: watch.Elapsed, result.Timings);
        });
        while (load && !import.IsCompleted)
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
            var form = await client.GetStringAsync("/inloggen");
            var token = Token().Match(form).Groups[1].Value;
            var login = Stopwatch.StartNew();
            var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "bench@example.org",
                ["Password"] = Password,
                ["__RequestVerificationToken"] = token,
            }));
            var loginTime = login.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
                throw new InvalidOperationException($"Login failed: {(int)response.StatusCode} {response.Headers.Location}");
            var page = Stopwatch.StartNew();
            (await client.GetAsync("/coalities")).EnsureSuccessStatusCode();
            var pageTime = page.Elapsed.TotalMilliseconds;
            // Only what finished while the import still ran counts.
            if (import.IsCompleted) break;
            logins.Add(loginTime);
            pages.Add(pageTime);
        }
        var (took, timings) = await import;
        var parts = timings is null ? "" : string.Create(CultureInfo.InvariantCulture, $" (check {timings.Check.TotalSeconds:N2}, stage {timings.Stage.TotalSeconds:N2}, merge {timings.Merge.TotalSeconds:N2})");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {took.TotalSeconds:N2} s{parts} | {logins.Count} | {Percentiles(logins)} | {pages.Count} | {Percentiles(pages)} |"));
    }

    private static string Dataset(List<string> indicators, List<string> municipalities, int years)
    {
        var csv = new System.Text.StringBuilder("indicator;gebied;periode;teller;noemer;waarde\n");
        var random = new Random(42);
        foreach (var indicator in indicators)
        {
            foreach (var municipality in municipalities)
            {
                var size = 50 + random.Next(0, 9000);
                for (var year = 2026 - years; year < 2026; year++)
                {
                    var denominator = size + random.Next(0, 200);
                    csv.Append(CultureInfo.InvariantCulture, $"{indicator};{municipality};{year};{(long)(denominator * (0.01 + random.NextDouble() * 0.2))};{denominator};\n");
                }
            }
        }
        return csv.ToString();
    }

    private static string Percentiles(List<double> times)
    {
        if (times.Count == 0) return "—";
        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{At(0.5):N0} / {At(0.95):N0} / {times[^1]:N0} ms");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
