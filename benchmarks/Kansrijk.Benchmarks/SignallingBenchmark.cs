using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kansrijk.Organisations;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// The self-report of issue 11 (aim: p95 under 100 ms): 10,000 submitted questionnaires of the default instrument
/// (encrypted, answers drawn from the options), then new submissions timed in-process: open the code, save all answers,
/// submit, and compute the advice (read the version, decrypt, score). The invitation itself is made before the clock starts.
/// </summary>
public static class SignallingBenchmark
{
    public const int Submitted = 10_000;
    private const string AnswersField = "signalling.answers";

    public static async Task RunAsync(DatabaseProvider provider, int submissions)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_sigbench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-sigbench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection, settings: new Dictionary<string, string>
        {
            ["ClientData:KeyFile"] = Path.Combine(Path.GetTempPath(), "kansrijk-bench-keys", "client-data.keys"),
        });
        _ = app.Address();
        Console.WriteLine($"\n== Self-report submit and advice on {provider}");
        var random = new Random(11);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        InstrumentDefinition definition;
        int versionId;
        var seeded = 0;
        var fresh = new List<int>();
        var seed = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var protector = scope.ServiceProvider.GetRequiredService<ClientDataProtector>();
            var published = (await scope.ServiceProvider.GetRequiredService<InstrumentService>().PublishedAsync(DefaultInstrument.Key, default))!.Value;
            (definition, versionId) = (published.Definition, published.Version.Id);
            var organisation = new Organisation { Name = "Benchmark-praktijk" };
            db.Add(organisation);
            await db.SaveChangesAsync();
            var now = DateTime.UtcNow;
            for (var batch = 0; batch < (Submitted + submissions + 20) / 1000 + 1; batch++)
            {
                var created = new List<Pathway>();
                for (var i = batch * 1000; i < (batch + 1) * 1000; i++)
                {
                    var pathway = new Pathway
                    {
                        OrganisationId = organisation.Id,
                        OpenedByUserId = "benchmark",
                        OpenedAt = now,
                        NameEncrypted = protector.Protect(ClientFields.Name, $"Benchmark Vrouw {i}"),
                        BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, "2000-01-01"),
                        IdentityHash = protector.IdentityHash($"Benchmark Vrouw {i}", new DateOnly(2000, 1, 1)),
                        MunicipalityCode = "GM0392",
                        Postcode4 = "2011",
                        DueDate = today.AddDays(30 + (i % 200)),
                    };
                    created.Add(pathway);
                    db.Add(pathway);
                }
                await db.SaveChangesAsync();
                foreach (var pathway in created)
                {
                    if (seeded == Submitted)
                    {
                        fresh.Add(pathway.Id);
                        continue;
                    }
                    var response = new SignallingResponse
                    {
                        PathwayId = pathway.Id,
                        InstrumentVersionId = versionId,
                        Language = "nl",
                        FilledBy = FilledBy.Woman,
                        AnswersEncrypted = protector.Protect(AnswersField, JsonSerializer.Serialize(Answers(definition, random))),
                        StartedAt = now.AddDays(-1),
                        SubmittedAt = now,
                    };
                    db.Add(new SignallingInvitation
                    {
                        PathwayId = pathway.Id,
                        CodeHash = protector.KeyedHash("signalling-benchmark", pathway.Id.ToString(CultureInfo.InvariantCulture)),
                        CreatedByUserId = "benchmark",
                        CreatedAt = now.AddDays(-1),
                        ExpiresAt = now.AddDays(13),
                        Response = response,
                    });
                    seeded++;
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        Console.WriteLine($"seeding {Submitted:N0} submitted questionnaires (with their pathways and codes): {seed.Elapsed.TotalMilliseconds:N0} ms");

        var whole = new List<double>();
        var advice = new List<double>();
        var adviceCount = 0;
        for (var r = 0; r < submissions + 20; r++)
        {
            string code;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                code = (await scope.ServiceProvider.GetRequiredService<SelfReportService>().InviteAsync(fresh[r], "benchmark", default)).Code;
            }
            var answers = Answers(definition, random).ToDictionary(a => a.Key, a => (string?)a.Value);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var reports = scope.ServiceProvider.GetRequiredService<SelfReportService>();
                var instruments = scope.ServiceProvider.GetRequiredService<InstrumentService>();
                var watch = Stopwatch.StartNew();
                var access = await reports.OpenAsync(code, default);
                if (await reports.SaveAsync(access, "nl", answers, default) is { } error) throw new InvalidOperationException(error);
                access = await reports.OpenAsync(code, default);
                if (await reports.SubmitAsync(access, default) is { } submitError) throw new InvalidOperationException(submitError);
                var submittedAt = watch.Elapsed.TotalMilliseconds;
                // The advice as a page shows it after the submit: open with the code, read the version, decrypt, score.
                var read = await reports.OpenAsync(code, default);
                var response = read.Invitation!.Response!;
                var version = (await instruments.FindAsync(response.InstrumentVersionId, default))!.Value.Definition;
                var score = ScoringEngine.Score(version, reports.Answers(response), partnerPresent: true);
                watch.Stop();
                if (r >= 20)
                {
                    whole.Add(watch.Elapsed.TotalMilliseconds);
                    advice.Add(watch.Elapsed.TotalMilliseconds - submittedAt);
                    if (score.Overall == DomainResult.Advies) adviceCount++;
                }
            }
        }
        Report("advice after submit (open, read version, decrypt, score)", advice);
        Report("whole submission (open, save all answers, submit, advice)", whole);
        Console.WriteLine($"overall advice in {adviceCount} of {submissions} new questionnaires");
    }

    /// <summary>Realistic answers: about one in four items skipped, otherwise an option drawn at random (numbers within range).</summary>
    private static Dictionary<string, string> Answers(InstrumentDefinition definition, Random random)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var domain in definition.Domains)
        {
            foreach (var item in domain.Items)
            {
                if (random.Next(4) == 0) continue;
                if (ItemTypes.HasOptions(item.Type) && item.Options.Count > 0)
                {
                    // Mostly the first (no-concern) option, as in most pregnancies.
                    var option = random.Next(3) == 0 ? item.Options[random.Next(item.Options.Count)] : item.Options[0];
                    answers[item.Key!] = option.Value!;
                }
                else if (item.Type == ItemTypes.Number)
                {
                    answers[item.Key!] = random.Next(6, 20).ToString(CultureInfo.InvariantCulture);
                }
            }
            if (random.Next(5) == 0) answers["wens:" + domain.Key] = "ja";
        }
        return answers;
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double P(double p) => times[(int)Math.Ceiling(p * times.Count) - 1];
        Console.WriteLine($"{what}: median {P(0.5):N1} ms, p95 {P(0.95):N1} ms, max {times[^1]:N1} ms ({times.Count} submissions after 20 warm-up)");
    }
}
