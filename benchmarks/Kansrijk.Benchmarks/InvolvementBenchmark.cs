using System.Diagnostics;
using System.Globalization;
using Kansrijk.Organisations;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// Involvement matching of issue 10 (aim: under 20 ms for a new registration): 10,000 open pathways of 50 organisations,
/// then new pathways of another organisation, half of them for a woman already known, each matched on the keyed hash
/// with <see cref="InvolvementService.MatchAsync"/>. Times the matching alone and the whole registration (check,
/// encrypt, save, match) in-process, so without HTTP.
/// </summary>
public static class InvolvementBenchmark
{
    public const int Pathways = 10_000;

    public static async Task RunAsync(DatabaseProvider provider, int registrations)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_invbench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-invbench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection, settings: new Dictionary<string, string>
        {
            ["ClientData:KeyFile"] = Path.Combine(Path.GetTempPath(), "kansrijk-bench-keys", "client-data.keys"),
        });
        _ = app.Address();
        Console.WriteLine($"\n== Involvement matching on {provider}");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        int registering;
        var seed = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var protector = scope.ServiceProvider.GetRequiredService<ClientDataProtector>();
            var organisations = Enumerable.Range(0, 51).Select(i => new Organisation { Name = $"Benchmark-organisatie {i}" }).ToList();
            db.AddRange(organisations);
            await db.SaveChangesAsync();
            registering = organisations[^1].Id;
            var now = DateTime.UtcNow;
            for (var batch = 0; batch < Pathways / 1000; batch++)
            {
                for (var i = batch * 1000; i < (batch + 1) * 1000; i++)
                {
                    var birth = today.AddYears(-20).AddDays(-(i % 5000));
                    var pathway = new Pathway
                    {
                        OrganisationId = organisations[i % 50].Id,
                        OpenedByUserId = "benchmark",
                        OpenedAt = now,
                        NameEncrypted = protector.Protect(ClientFields.Name, Name(i)),
                        BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        IdentityHash = protector.IdentityHash(Name(i), birth),
                        MunicipalityCode = "GM0392",
                        Postcode4 = "2011",
                        DueDate = today.AddDays(30 + (i % 200)),
                    };
                    pathway.Involvements.Add(new Involvement { OrganisationId = pathway.OrganisationId, StartedAt = now, LastActivityAt = now });
                    db.Add(pathway);
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            // Fresh statistics, as a database in use has them (autovacuum on PostgreSQL; both providers know ANALYZE).
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
        Console.WriteLine($"seeding {Pathways:N0} pathways with involvement: {seed.Elapsed.TotalMilliseconds:N0} ms");

        var match = new List<double>();
        var whole = new List<double>();
        var found = 0;
        for (var r = 0; r < registrations + 20; r++)
        {
            // Even: a woman another organisation already has; odd: someone new.
            var i = r % 2 == 0 ? (r * 37) % Pathways : Pathways + r;
            var birth = today.AddYears(-20).AddDays(-(i % 5000));
            await using var scope = app.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<InvolvementService>();
            var watch = Stopwatch.StartNew();
            var result = await service.RegisterAsync(new InvolvementService.RegisterInput(Name(i), birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                today.AddDays(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "GM0392", registering), new HashSet<int> { registering }, "benchmark", CancellationToken.None);
            watch.Stop();
            if (result.PathwayId is null) throw new InvalidOperationException(string.Join(" ", result.Errors.All.Select(e => e.Value)));
            // The matching step alone, again on the same pathway (known pairs are skipped, so it reads but adds nothing).
            var matchWatch = Stopwatch.StartNew();
            await service.MatchAsync(result.PathwayId.Value, CancellationToken.None);
            matchWatch.Stop();
            if (r >= 20)
            {
                whole.Add(watch.Elapsed.TotalMilliseconds);
                match.Add(matchWatch.Elapsed.TotalMilliseconds);
                found += result.Matches;
            }
        }
        Report("matching a registration (MatchAsync)", match);
        Report("whole registration (check, encrypt, save, match)", whole);
        Console.WriteLine($"matches found: {found} of {registrations / 2} expected");
    }

    /// <summary>Letters only: the identity hash ignores digits, so a number in the name would not tell women apart.</summary>
    private static string Name(int i)
    {
        var letters = new char[4];
        for (var k = 0; k < letters.Length; k++, i /= 26) letters[k] = (char)('a' + (i % 26));
        return $"Benchmark Vrouw {new string(letters)}";
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double P(double p) => times[(int)Math.Ceiling(p * times.Count) - 1];
        Console.WriteLine($"{what}: median {P(0.5):N1} ms, p95 {P(0.95):N1} ms, max {times[^1]:N1} ms ({times.Count} registrations after 20 warm-up)");
    }
}
