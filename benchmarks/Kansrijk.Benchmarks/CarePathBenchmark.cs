using Kansrijk.CarePaths;
using Kansrijk.Geography;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// The care path benchmark of issue 5: 50,000 published offers across all municipalities (2,000 organisations, 1–2 themes
/// and 1–2 municipalities each, 20 national), a regional path per GGD region and theme and local paths with routing rules.
/// Then times the social map search, the offers API and path pages over loopback HTTP (round trip: an upper bound of server time).
/// </summary>
public static class CarePathBenchmark
{
    public const int Offers = 50_000;
    public const int Organisations = 2_000;

    private static readonly string[] Words =
    [
        "schulden", "geldzorgen", "budgetcoach", "taal", "taalcafé", "opvoeding", "ouderschap", "verslaving", "roken", "alcohol", "wonen",
        "huisvesting", "psychische", "gezondheid", "zwangerschap", "kraamzorg", "jonge", "moeders", "vaders", "nieuwkomers", "statushouders",
        "inloop", "spreekuur", "begeleiding", "wijkteam", "maatschappelijk", "werk", "vrijwilliger", "thuis", "gezin", "financiën", "hulp",
    ];

    private static readonly string[] Languages = ["nl", "en", "ar", "tr", "pl", "ti", "uk", "pap"];

    public static async Task RunAsync(DatabaseProvider provider, int requests)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_cpbench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-cpbench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection);
        var baseAddress = app.Address();
        Console.WriteLine($"\n== Care paths on {provider}");

        var seed = await Stopwatches.TimeAsync(() => SeedAsync(app.Services));
        Console.WriteLine($"seeding {Offers:N0} offers, {Organisations:N0} organisations and the paths: {seed.TotalMilliseconds:N0} ms");

        using var client = new HttpClient { BaseAddress = baseAddress };
        var urls = new[]
        {
            "/sociale-kaart?q=schulden&gemeente=GM0392",
            "/sociale-kaart?q=financien+hulp&gemeente=GM0518&thema=financien-en-schulden",
            "/sociale-kaart?q=taalcafe",
            "/sociale-kaart",
            "/sociale-kaart?gemeente=GM0014&taal=ar&pagina=3",
            "/api/v1/offers?q=schulden&municipality=GM0392",
            "/api/v1/offers?q=opvoeding&municipality=GM0518&theme=opvoeding-en-ouderschap&language=tr",
            "/api/v1/offers?q=zzzgeentreffer",
            "/zorgpaden/GM0518/financien-en-schulden",
            "/zorgpaden/GM0518/financien-en-schulden?leeftijd=30&verzekerd=ja",
            "/zorgpaden/GM0014/verslaving-en-middelengebruik",
            "/api/v1/care-paths?municipality=GM0392&theme=financien-en-schulden",
        };
        foreach (var url in urls)
        {
            await PageTimer.MeasureAsync(client, url, requests);
        }
    }

    internal static async Task SeedAsync(IServiceProvider services)
    {
        var random = new Random(5);
        List<string> municipalities;
        List<(string Code, List<string> Members)> regions;
        List<RiskTheme> themes;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var areas = await db.Areas.AsNoTracking().Where(a => a.Type == AreaType.Municipality).ToListAsync();
            municipalities = [.. areas.Select(a => a.Code).Order()];
            regions = [.. areas.GroupBy(a => a.GgdRegionCode!).Select(g => (g.Key, g.Select(a => a.Code).ToList()))];
            themes = await db.RiskThemes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync();
            var organisations = Enumerable.Range(1, Organisations).Select(i => new Organisation
            {
                Name = $"Organisatie {i:0000} {Words[i % Words.Length]}",
                Type = "Benchmark",
                Phone = $"010 000 {i:0000}",
                Email = $"org{i}@example.org",
            }).ToList();
            db.Organisations.AddRange(organisations);
            await db.SaveChangesAsync();
        }
        var organisationIds = new List<int>();
        await using (var scope = services.CreateAsyncScope())
        {
            organisationIds = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Organisations.Select(o => o.Id).ToListAsync();
        }

        const int batch = 5_000;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var offerIdsByMunicipalityTheme = new Dictionary<(string, int), int>();
        for (var start = 0; start < Offers; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var made = new List<Offer>();
            for (var i = start; i < Math.Min(Offers, start + batch); i++)
            {
                var offerThemes = themes.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList();
                var national = i < 20;
                var served = national ? [Area.NetherlandsCode] : new[] { municipalities[i % municipalities.Count], municipalities[random.Next(municipalities.Count)] }.Take(1 + random.Next(2)).Distinct().ToList();
                var words = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Words[random.Next(Words.Length)]));
                var organisation = new Organisation { Name = $"Organisatie {i % Organisations + 1:0000} {Words[(i % Organisations + 1) % Words.Length]}" };
                var offer = new Offer
                {
                    OrganisationId = organisationIds[i % organisationIds.Count],
                    Name = $"Aanbod {i:00000} {Words[random.Next(Words.Length)]}",
                    Description = $"Benchmarkaanbod over {words}.",
                    TargetGroup = "Zwangeren en jonge ouders",
                    MinAge = random.Next(4) == 0 ? 16 + random.Next(10) : null,
                    MaxAge = random.Next(4) == 0 ? 26 + random.Next(20) : null,
                    Languages = $",nl,{Languages[random.Next(Languages.Length)]},",
                    Access = (OfferAccess)random.Next(3),
                    National = national,
                    LastCheckedOn = today.AddDays(-random.Next(500)),
                    Status = ContentStatus.Published,
                    Themes = [.. offerThemes.Select(t => new OfferTheme { ThemeId = t.Id })],
                    Municipalities = [.. served.Select(m => new OfferMunicipality { MunicipalityCode = m })],
                };
                CarePathEditor.SetKeys(offer, organisation, offerThemes);
                made.Add(offer);
            }
            db.Offers.AddRange(made);
            await db.SaveChangesAsync();
            foreach (var offer in made.Where(o => !o.National))
            {
                foreach (var theme in offer.Themes)
                {
                    offerIdsByMunicipalityTheme.TryAdd((offer.Municipalities[0].MunicipalityCode, theme.ThemeId), offer.Id);
                }
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var (region, members) in regions)
            {
                foreach (var theme in themes)
                {
                    db.CarePaths.Add(new CarePath
                    {
                        AreaCode = region,
                        ThemeId = theme.Id,
                        Status = ContentStatus.Published,
                        Signals = "Signaal één.\nSignaal twee.",
                        Background = "Landelijke achtergrond.",
                        Steps = [.. Enumerable.Range(1, 4).Select(n => new CarePathStep { Number = n, Who = "Verloskundige", What = $"Regionale stap {n}.", Consent = "Toestemming", WarmHandover = n % 2 == 0 })],
                    });
                }
            }
            foreach (var municipality in municipalities)
            {
                foreach (var theme in themes.Take(4))
                {
                    var rules = new List<RoutingRule>();
                    if (offerIdsByMunicipalityTheme.TryGetValue((municipality, theme.Id), out var offerId))
                    {
                        rules.Add(new RoutingRule { MaxAge = 26, OfferId = offerId });
                        rules.Add(new RoutingRule { MinAge = 27, Situation = "met schulden", OfferId = offerId });
                    }
                    db.CarePaths.Add(new CarePath
                    {
                        AreaCode = municipality,
                        ThemeId = theme.Id,
                        Status = ContentStatus.Published,
                        Signals = "Lokaal signaal.",
                        Steps = [new CarePathStep { Number = 2, Who = "Wijkteam", What = "Lokale stap die stap 2 vervangt." }, new CarePathStep { Number = 5, Who = "JGZ", What = "Lokale extra stap." }],
                        Rules = rules,
                    });
                }
            }
            await db.SaveChangesAsync();
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            // Fresh statistics, as a database in use has them (both providers know ANALYZE).
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
    }
}
