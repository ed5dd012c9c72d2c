using System.Globalization;
using System.Net;
using Kansrijk.Access;
using Kansrijk.CarePaths;
using Kansrijk.Organisations;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// "Mijn cliënten" (<c>/trajecten</c>) and the inbox (<c>/verwijzingen</c>) of issue 10 (aim: p95 under 100 ms):
/// 10,000 pathways and 40,000 referrals (each with its consent) across 50 organisations, rows encrypted like the real ones.
/// The large JGZ organisation has a fifth of the pathways (2,000 open, some closed) and receives a quarter of the
/// referrals (10,000). Its professional is signed in over HTTP (password and second step) and requests the real pages.
/// Usage: benchmarks/run.sh caseload [requests per page].
/// </summary>
public static class CaseloadBenchmark
{
    public const int Pathways = 10_000;
    public const int ReferralsPerPathway = 4;
    private const string Password = "Lange-zin-voor-de-benchmark-2026";

    public static async Task RunAsync(DatabaseProvider provider, int requests)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_casebench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-casebench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection, settings: new Dictionary<string, string>
        {
            ["ClientData:KeyFile"] = Path.Combine(Path.GetTempPath(), "kansrijk-bench-keys", "client-data.keys"),
        });
        var address = app.Address();
        Console.WriteLine($"\n== \"Mijn cliënten\" and the inbox on {provider}");
        var seed = System.Diagnostics.Stopwatch.StartNew();
        string key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var large = await SeedAsync(scope.ServiceProvider);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = "jgz@example.org", Email = "jgz@example.org", DisplayName = "Jeugdverpleegkundige", EmailConfirmed = true };
            var made = await users.CreateAsync(user, Password);
            if (!made.Succeeded) throw new InvalidOperationException(string.Join(" ", made.Errors.Select(e => e.Description)));
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Professional, ScopeType = ScopeType.Organisation, ScopeId = large.ToString(CultureInfo.InvariantCulture) });
            await db.SaveChangesAsync();
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
            // Fresh statistics, as a database in use has them (autovacuum on PostgreSQL; both providers know ANALYZE).
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
        Console.WriteLine($"seeding {Pathways:N0} pathways and {Pathways * ReferralsPerPathway:N0} referrals: {seed.Elapsed.TotalMilliseconds:N0} ms");

        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = address };
        var token = AccessLogBenchmark.Token().Match(await client.GetStringAsync("/inloggen")).Groups[1].Value;
        var login = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "jgz@example.org",
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (login.Headers.Location?.OriginalString != "/inloggen/tweestaps") throw new InvalidOperationException($"Login failed: {(int)login.StatusCode} {login.Headers.Location}");
        token = AccessLogBenchmark.Token().Match(await client.GetStringAsync("/inloggen/tweestaps")).Groups[1].Value;
        var second = await client.PostAsync("/inloggen/tweestaps", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = AccessLogBenchmark.Totp(key),
            ["__RequestVerificationToken"] = token,
        }));
        if (second.Headers.Location?.OriginalString != "/") throw new InvalidOperationException($"Second step failed: {(int)second.StatusCode} {second.Headers.Location}");
        // "/trajecten/nieuw" (same sign-in and layout, no list) shows what the machine itself costs.
        foreach (var url in new[] { "/trajecten/nieuw", "/trajecten", "/trajecten?pagina=20", "/trajecten?weergave=afgesloten", "/verwijzingen", "/verwijzingen?pagina=100" })
        {
            await PageTimer.MeasureAsync(client, url, requests);
        }
        // The same lists in-process, without HTTP, sign-in and layout: query, decryption of the 50 shown and their access-log rows.
        await TimeInProcessAsync(app, "MyClientsAsync (page 1)", requests, (reader, mine) => reader.MyClientsAsync(mine, false, 1, CancellationToken.None));
        await TimeInProcessAsync(app, "InboxAsync (page 1)", requests, (reader, mine) => reader.InboxAsync(mine, 1, CancellationToken.None));
    }

    private static async Task TimeInProcessAsync(BenchApp app, string what, int times, Func<PathwayReader, IReadOnlySet<int>, Task> list)
    {
        int large;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            large = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Organisations.Where(o => o.Name == "JGZ Groot").Select(o => o.Id).SingleAsync();
        }
        var mine = new HashSet<int> { large };
        var elapsed = new List<double>();
        for (var i = 0; i < times + 20; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var reader = scope.ServiceProvider.GetRequiredService<PathwayReader>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await list(reader, mine);
            if (i >= 20) elapsed.Add(watch.Elapsed.TotalMilliseconds);
        }
        elapsed.Sort();
        double P(double p) => elapsed[(int)Math.Ceiling(p * elapsed.Count) - 1];
        Console.WriteLine($"{what}, in-process: median {P(0.5):N1} ms, p95 {P(0.95):N1} ms, max {elapsed[^1]:N1} ms ({times} after 20 warm-up)");
    }

    /// <summary>Bulk rows through EF in batches of 1,000; returns the large JGZ organisation's id.</summary>
    private static async Task<int> SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<KansrijkDb>();
        var protector = services.GetRequiredService<ClientDataProtector>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTime.UtcNow;
        var organisations = Enumerable.Range(0, 50).Select(i => new Organisation { Name = i == 0 ? "JGZ Groot" : $"Benchmark-organisatie {i}" }).ToList();
        db.AddRange(organisations);
        await db.SaveChangesAsync();
        var offers = organisations.Select(o => new Offer { OrganisationId = o.Id, Name = $"Hulp van {o.Name}", Status = ContentStatus.Published, LastCheckedOn = today }).ToList();
        db.AddRange(offers);
        await db.SaveChangesAsync();
        for (var batch = 0; batch < Pathways / 1000; batch++)
        {
            for (var i = batch * 1000; i < (batch + 1) * 1000; i++)
            {
                // Every fifth pathway is the large organisation's; the rest spread over the other 49.
                var owner = i % 5 == 0 ? 0 : 1 + i % 49;
                var birth = today.AddYears(-20).AddDays(-(i % 5000));
                var pathway = new Pathway
                {
                    OrganisationId = organisations[owner].Id,
                    OpenedByUserId = "benchmark",
                    OpenedAt = now.AddDays(-(i % 200)),
                    ClosedAt = i % 10 == 5 ? now.AddDays(-1) : null,
                    NameEncrypted = protector.Protect(ClientFields.Name, $"Benchmark Vrouw {i}"),
                    BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    PhoneEncrypted = protector.Protect(ClientFields.Phone, "0612345678"),
                    IdentityHash = protector.IdentityHash($"Benchmark Vrouw {i}", birth),
                    MunicipalityCode = "GM0392",
                    Postcode4 = "2011",
                    DueDate = today.AddDays(-20 + (i % 280)),
                };
                pathway.Involvements.Add(new Involvement { OrganisationId = pathway.OrganisationId, StartedAt = now, LastActivityAt = now });
                for (var k = 0; k < ReferralsPerPathway; k++)
                {
                    // One of the four referrals goes to the large organisation (10,000 in its inbox), the others elsewhere.
                    var receiver = k == 0 ? 0 : 1 + (i + k) % 49;
                    var consent = new Consent
                    {
                        Purpose = ConsentPurpose.Referral,
                        ReceiverOrganisationId = organisations[receiver].Id,
                        OfferId = offers[receiver].Id,
                        ExplanationLanguage = "nl",
                        ExplanationVersion = "1",
                        GivenAt = now,
                        RecordedByUserId = "benchmark",
                    };
                    pathway.Consents.Add(consent);
                }
                db.Add(pathway);
            }
            await db.SaveChangesAsync();
            var saved = db.ChangeTracker.Entries<Pathway>().Select(e => e.Entity).ToList();
            foreach (var pathway in saved)
            {
                foreach (var (consent, k) in pathway.Consents.Select((c, k) => (c, k)))
                {
                    var status = (ReferralStatus)((pathway.Id + k) % 5);
                    db.Add(new Referral
                    {
                        PathwayId = pathway.Id,
                        OfferId = consent.OfferId!.Value,
                        ReceiverOrganisationId = consent.ReceiverOrganisationId,
                        ReferrerOrganisationId = pathway.OrganisationId,
                        ConsentId = consent.Id,
                        ReasonEncrypted = protector.Protect(ClientFields.Reason, "Zorgen over geld en huisvesting"),
                        AgreedEncrypted = protector.Protect(ClientFields.Agreed, "Zij wordt deze week gebeld"),
                        Urgent = (pathway.Id + k) % 17 == 0,
                        ReferrerUserId = "benchmark",
                        ReferrerContact = "0101234567",
                        Status = status,
                        CreatedAt = now.AddDays(-((pathway.Id + k) % 60)),
                        UpdatedAt = now.AddDays(-((pathway.Id + k) % 30)),
                    });
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return organisations[0].Id;
    }
}
