using System.Diagnostics;
using System.Globalization;
using Kansrijk.Platform.Database;

namespace Kansrijk.Benchmarks;

/// <summary>
/// The monitor benchmark of the monitor issue: 342 municipalities × 30 indicators × 10 years with counts.
/// Usage: dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks [-- requests]. PostgreSQL is measured
/// too when KANSRIJK_TEST_POSTGRES is set (benchmarks/run.sh starts a throwaway server).
/// </summary>
public static class BenchmarkMain
{
    public static async Task Main(string[] args)
    {
        // "carepaths [requests]" runs the care path benchmark (CarePathBenchmark) instead of the monitor's;
        // "throughput [seconds]" the load benchmark with wrk (ThroughputBenchmark), with and without the output cache.
        var carePaths = args.Length > 0 && args[0] == "carepaths";
        var throughput = args.Length > 0 && args[0] == "throughput";
        var observability = args.Length > 0 && args[0] == "observability";
        // "import-load": logins and page views during a 102,600-row import, and the re-import time (ImportLoadBenchmark);
        // "accesslog [seconds]": throughput of a page that writes an access-log row (AccessLogBenchmark).
        var importLoad = args.Length > 0 && args[0] == "import-load";
        var accessLog = args.Length > 0 && args[0] == "accesslog";
        // "involvement [registrations]": matching a new registration against 10,000 pathways (InvolvementBenchmark).
        var involvement = args.Length > 0 && args[0] == "involvement";
        // "caseload [requests]": "Mijn cliënten" and the inbox with 10,000 pathways and 40,000 referrals (CaseloadBenchmark).
        var caseload = args.Length > 0 && args[0] == "caseload";
        // "uncached [seconds]": the care path page and the social map without the output cache (UncachedPagesBenchmark).
        var uncached = args.Length > 0 && args[0] == "uncached";
        // "signalling [submissions]": submit a self-report and compute the advice with 10,000 submitted (SignallingBenchmark).
        var signalling = args.Length > 0 && args[0] == "signalling";
        args = carePaths || throughput || observability || importLoad || accessLog || involvement || caseload || uncached || signalling ? args[1..] : args;
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var providers = new List<DatabaseProvider> { DatabaseProvider.Sqlite };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")))
        {
            providers.Add(DatabaseProvider.Postgres);
        }
        // KANSRIJK_BENCH_ONLY=Postgres (or Sqlite) runs one database only, e.g. to measure again in a quiet moment.
        if (Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("KANSRIJK_BENCH_ONLY"), ignoreCase: true, out var only))
        {
            providers.RemoveAll(p => p != only);
        }
        // The app's content root (wwwroot, data files): src/Kansrijk, found from where this program runs.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "src", "Kansrijk", "Kansrijk.csproj")))
        {
            root = root.Parent;
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KANSRIJK", Path.Combine(root!.FullName, "src", "Kansrijk"));
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        if (observability)
        {
            await ObservabilityBenchmark.RunAsync(args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5);
            return;
        }
        if (involvement)
        {
            foreach (var provider in providers)
            {
                await InvolvementBenchmark.RunAsync(provider, args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200);
            }
            return;
        }
        if (signalling)
        {
            foreach (var provider in providers)
            {
                await SignallingBenchmark.RunAsync(provider, args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200);
            }
            return;
        }
        if (caseload)
        {
            foreach (var provider in providers)
            {
                await CaseloadBenchmark.RunAsync(provider, requests);
            }
            return;
        }
        if (uncached)
        {
            foreach (var provider in providers)
            {
                await UncachedPagesBenchmark.RunAsync(provider, args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5);
            }
            return;
        }
        if (importLoad || accessLog)
        {
            foreach (var provider in providers)
            {
                await (importLoad ? ImportLoadBenchmark.RunAsync(provider) : AccessLogBenchmark.RunAsync(provider, args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5));
            }
            return;
        }
        if (throughput)
        {
            var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
            foreach (var provider in providers)
            {
                await ThroughputBenchmark.RunAsync(provider, seconds, outputCache: true);
                await ThroughputBenchmark.RunAsync(provider, seconds, outputCache: false);
            }
            return;
        }
        foreach (var provider in providers)
        {
            await (carePaths ? CarePathBenchmark.RunAsync(provider, requests) : MonitorBenchmark.RunAsync(provider, requests));
        }
    }
}

public static class Stopwatches
{
    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }
}
