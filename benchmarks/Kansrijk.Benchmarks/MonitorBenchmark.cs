using System.Globalization;
using System.Text;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// Starts the real app on Kestrel on an empty database, imports the national dataset through the importer,
/// computes every aggregate, then times pages over loopback HTTP (round trip, so an upper bound of server time).
/// </summary>
public static class MonitorBenchmark
{
    public const int Indicators = 30;
    public const int FirstYear = 2015;
    public const int Years = 10;

    public static async Task RunAsync(DatabaseProvider provider, int requests)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_bench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-bench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection);
        var baseAddress = app.Address();
        Console.WriteLine($"\n== {provider}");

        string csv;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var codes = await AddBenchmarkIndicatorsAsync(db);
            var municipalities = await db.Areas.Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).OrderBy(c => c).ToListAsync();
            csv = Dataset(codes, municipalities);
        }
        var rows = csv.Count(c => c == '\n') - 1;

        ImportResult? result = null;
        var import = await Stopwatches.TimeAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<IndicatorImporter>()
                .ImportAsync(new StringReader(csv), "benchmark.csv", "benchmark", "benchmark", synthetic: true);
        });
        if (result is not { Succeeded: true })
        {
            throw new InvalidOperationException("Import failed: " + string.Join("; ", result!.Errors.Take(3).Select(e => e.Message)));
        }
        Console.WriteLine($"import of {rows:N0} rows: {import.TotalMilliseconds:N0} ms");

        var aggregate = await Stopwatches.TimeAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<MonitorQueries>();
            foreach (var indicator in await queries.IndicatorsAsync())
            {
                await queries.TablesAsync(indicator.Code);
            }
        });
        Console.WriteLine($"all regional and national aggregates with suppression ({Indicators} indicators × {Years} years, cold cache): {aggregate.TotalMilliseconds:N0} ms");

        using var client = new HttpClient { BaseAddress = baseAddress };
        foreach (var url in new[] { "/monitor/gebied/GM0392", "/monitor/gebied/GG3109", "/monitor/indicator/L12" })
        {
            await PageTimer.MeasureAsync(client, url, requests);
        }
    }

    /// <summary>The catalogue has 25 indicators; five more make the 30 the issue asks for.</summary>
    internal static async Task<List<string>> AddBenchmarkIndicatorsAsync(KansrijkDb db)
    {
        // 30 indicators with imported values; L01–L05 come from the coalition register and cannot be imported
        for (var i = 1; i <= Indicators - IndicatorCatalogue.Builtin.Count(b => b.Origin == ValueOrigin.Import); i++)
        {
            db.Indicators.Add(new Indicator
            {
                Code = $"B{i:00}",
                Name = $"Benchmarkindicator {i}",
                NumeratorDescription = "n",
                DenominatorDescription = "d",
                Source = "benchmark",
                Phase = Phase.AfterBirth,
                Unit = IndicatorUnit.Percentage,
                DesiredDirection = DesiredDirection.Down,
                SortOrder = 100 + i,
            });
        }
        await db.SaveChangesAsync();
        return await db.Indicators.Where(i => i.Origin == ValueOrigin.Import).Select(i => i.Code).OrderBy(c => c).ToListAsync();
    }

    internal static string Dataset(List<string> indicators, List<string> municipalities)
    {
        var csv = new StringBuilder("indicator;gebied;periode;teller;noemer;waarde\n");
        var random = new Random(42);
        foreach (var indicator in indicators)
        {
            foreach (var municipality in municipalities)
            {
                var size = 50 + random.Next(0, 9000);
                for (var year = FirstYear; year < FirstYear + Years; year++)
                {
                    var denominator = size + random.Next(0, 200);
                    var numerator = (long)(denominator * (0.01 + random.NextDouble() * 0.2));
                    csv.Append(CultureInfo.InvariantCulture, $"{indicator};{municipality};{year};{numerator};{denominator};\n");
                }
            }
        }
        return csv.ToString();
    }
}
