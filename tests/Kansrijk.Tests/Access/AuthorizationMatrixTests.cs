using System.Text;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Kansrijk.Tests.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Access;

/// <summary>
/// docs/authorization.md holds the expected matrix: every endpoint of the app × anonymous, each role, a coordinator on her
/// own and on a foreign resource. These tests read the real endpoints from the app, fail when one has no row, and send
/// every request of the matrix to the running app.
/// </summary>
public abstract class AuthorizationMatrixTests(KansrijkFactory app)
{
    public static readonly string[] Actors = ["Anoniem", "Analist", "Professional", "Coördinator eigen", "Coördinator vreemd", "Beheerder"];

    public sealed record Row(string Method, string Route, string Handler, string Own, string Foreign, IReadOnlyDictionary<string, string> Expected)
    {
        public string Key => $"{Method} {Route} {Handler}".TrimEnd();
    }

    public static IReadOnlyList<Row> ReadMatrix()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Kansrijk.slnx"))) root = Path.GetDirectoryName(root)!;
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(Path.Combine(root, "docs", "authorization.md")))
        {
            var cells = line.Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            if (cells.Length < 13 || cells[1] is not ("GET" or "HEAD" or "POST" or "PUT" or "DELETE" or "PATCH")) continue;
            var expected = Actors.Select((a, i) => (a, cells[6 + i])).ToDictionary(x => x.a, x => x.Item2);
            rows.Add(new Row(cells[1], cells[2], cells[3] == "—" ? "" : cells[3], cells[4], cells[5], expected));
        }
        return rows;
    }

    [Fact]
    public async Task Every_endpoint_of_the_app_has_a_row_and_every_row_an_endpoint()
    {
        _ = app.BaseAddress;
        var real = (await AppEndpoints.ReadAsync(app.Services)).Select(e => e.Key).ToHashSet();
        var documented = ReadMatrix().Select(r => r.Key).ToList();
        Assert.Empty(real.Except(documented).Order());
        Assert.Empty(documented.Except(real).Order());
        Assert.Equal(documented.Count, documented.Distinct().Count());
    }

    [Fact]
    public async Task Every_row_holds_against_the_running_app()
    {
        var tokens = await TokensAsync();
        var clients = new Dictionary<string, HttpClient>
        {
            ["Anoniem"] = app.NewClient(),
            ["Analist"] = await DemoLogin.AsAsync(app, DemoAccounts.Analyst),
            ["Professional"] = await DemoLogin.AsAsync(app, DemoAccounts.Professional),
            ["Coördinator eigen"] = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator),
            ["Beheerder"] = await DemoLogin.AdministratorAsync(app),
        };
        clients["Coördinator vreemd"] = clients["Coördinator eigen"];
        var formTokens = new Dictionary<HttpClient, string>();
        foreach (var client in clients.Values.Distinct())
        {
            formTokens[client] = await client.TokenAsync(client == clients["Anoniem"] ? "/inloggen" : "/");
        }

        var failures = new List<string>();
        var observed = new List<string>();
        // Logging out ends the session the other rows need, so it goes last.
        foreach (var row in ReadMatrix().OrderBy(r => r.Route == "/uitloggen"))
        {
            var seen = new List<string>();
            foreach (var actor in Actors)
            {
                var expected = row.Expected[actor];
                if (expected == "—")
                {
                    seen.Add("—");
                    continue;
                }
                var example = actor == "Coördinator vreemd" ? row.Foreign : row.Own;
                if (example == "—")
                {
                    failures.Add($"{row.Key}: {actor} expects '{expected}' but the row has no example");
                    seen.Add("?");
                    continue;
                }
                var client = clients[actor];
                var url = Url(Resolve(example, tokens), row.Handler);
                var response = await SendAsync(client, row.Method, url, formTokens[client]);
                var outcome = Outcome(response);
                seen.Add(outcome);
                if (outcome != expected)
                {
                    failures.Add($"{row.Key} as {actor} ({url}): expected {expected}, got {outcome} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
            observed.Add($"| {row.Method} | `{row.Route}` | {(row.Handler.Length == 0 ? "—" : row.Handler)} | `{row.Own}` | {(row.Foreign == "—" ? "—" : $"`{row.Foreign}`")} | {string.Join(" | ", seen)} |");
        }
        // For whoever changes the rules: KANSRIJK_MATRIX_OBSERVED=file writes what the app does, to compare with the document by hand.
        if (Environment.GetEnvironmentVariable("KANSRIJK_MATRIX_OBSERVED") is { Length: > 0 } file) await File.WriteAllLinesAsync(file, observed);
        Assert.Empty(failures);
    }

    /// <summary>"nee": refused (401, 403, or sent to the login or no-access page); "ja": served in any other way short of a server error.</summary>
    private static string Outcome(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"fout {status}";
        if (status is 401 or 403) return "nee";
        var location = Forms.PathOf(response.Headers.Location);
        return status is >= 300 and < 400 && location is "/inloggen" or "/geen-toegang" ? "nee" : "ja";
    }

    private static string Url(string example, string handler) =>
        handler.Length == 0 ? example : example + (example.Contains('?') ? "&" : "?") + "handler=" + handler;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string formToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is not ("GET" or "HEAD"))
        {
            request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
                ? new StringContent(url.Contains("import") ? "" : "{}", Encoding.UTF8, url.Contains("import") ? "text/csv" : "application/json")
                : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formToken });
        }
        return await client.SendAsync(request);
    }

    private static string Resolve(string example, IReadOnlyDictionary<string, string> tokens)
    {
        foreach (var (token, value) in tokens) example = example.Replace(token, value);
        if (example.Contains('{')) throw new InvalidOperationException($"Unknown placeholder in {example}");
        return example;
    }

    private static async Task<int> ExternalOutcomeAsync(IServiceProvider services, int pathway)
    {
        var outcomes = services.GetRequiredService<Kansrijk.Signalling.Responses.ExternalOutcomeService>();
        var domains = (await outcomes.DefinitionAsync(default)).Domains.ToDictionary(d => d.Key!, _ => (string?)"geen");
        var (id, errors) = await outcomes.RecordAsync(pathway, new Kansrijk.Signalling.Responses.ExternalOutcomeInput(
            "R4U", null, DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), domains), default);
        return id ?? throw new InvalidOperationException(string.Join("; ", errors.All.Select(e => e.Value)));
    }

    /// <summary>The placeholders the matrix uses, as ids in this app's database.</summary>
    private async Task<IReadOnlyDictionary<string, string>> TokensAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Kansrijk.Access.User>>();
        var spare = new Kansrijk.Access.User { UserName = "matrix@example.org", Email = "matrix@example.org", DisplayName = "Matrix" };
        if (await users.FindByEmailAsync(spare.Email) is null) await users.CreateAsync(spare, "Matrix-wachtwoord-2026-lang");
        var tokens = new Dictionary<string, string>
        {
            ["{gebruiker}"] = (await users.FindByEmailAsync(spare.Email))!.Id,
            ["{interventie}"] = (await db.Interventions.OrderBy(i => i.Id).FirstAsync()).Id.ToString(),
            // The demo midwife's fictional client and the referral she sent to the wijkteam (not hers to receive).
            ["{traject}"] = (await db.Set<Kansrijk.Pathways.Pathway>().Include(p => p.Involvements)
                .Where(p => db.Organisations.Any(o => o.Id == p.OrganisationId && o.Name == Kansrijk.Pathways.PathwayDemoData.MidwifePractice))
                .OrderBy(p => p.Id).FirstAsync()).Id.ToString(),
            ["{verwijzing}"] = (await db.Set<Kansrijk.Pathways.Referral>()
                .Where(r => db.Organisations.Any(o => o.Id == r.ReferrerOrganisationId && o.Name == Kansrijk.Pathways.PathwayDemoData.MidwifePractice))
                .OrderBy(r => r.Id).FirstAsync()).Id.ToString(),
            // The demo midwife's referral of Noor Voorbeeld to the JGZ's prenatal home visit (the JGZ's to work, not hers).
            ["{huisbezoek}"] = (await db.Set<Kansrijk.Pathways.HomeVisits.HomeVisit>().OrderBy(v => v.Id).FirstAsync()).ReferralId.ToString(),
            // The demo MDO in Den Haag, where the demo midwife takes part, and its first case.
            ["{overleg}"] = (await db.Set<Kansrijk.CaseMeetings.CaseMeeting>().FirstAsync(m => m.Name == CaseMeetingDemoData.MeetingName)).Id.ToString(),
            ["{overlegcasus}"] = (await db.Set<Kansrijk.CaseMeetings.MeetingCase>()
                .Where(c => db.Set<Kansrijk.CaseMeetings.CaseMeeting>().Any(m => m.Id == c.MeetingId && m.Name == CaseMeetingDemoData.MeetingName)).OrderBy(c => c.Id).FirstAsync()).Id.ToString(),
        };
        // An outcome of another instrument recorded for that client (the matrix's posts neither change nor delete it).
        tokens["{extern}"] = (await ExternalOutcomeAsync(scope.ServiceProvider, int.Parse(tokens["{traject}"], System.Globalization.CultureInfo.InvariantCulture))).ToString();
        foreach (var code in new[] { "GM0392", "GM0518" })
        {
            tokens[$"{{coalitie:{code}}}"] = (await db.Coalitions.Where(c => c.Kind == Kansrijk.Coalitions.CoalitionKind.Local && c.Municipalities.Any(m => m.MunicipalityCode == code))
                .OrderBy(c => c.Id).FirstAsync()).Id.ToString();
            tokens[$"{{organisatie:{code}}}"] = (await db.OrganisationMunicipalities.Where(m => m.MunicipalityCode == code)
                .Where(m => !db.OrganisationMunicipalities.Any(o => o.OrganisationId == m.OrganisationId && o.MunicipalityCode != code))
                .OrderBy(m => m.OrganisationId).FirstAsync()).OrganisationId.ToString();
            tokens[$"{{aanbod:{code}}}"] = (await db.Offers.Where(o => !o.National && o.Municipalities.All(m => m.MunicipalityCode == code) && o.Municipalities.Any())
                .OrderBy(o => o.Id).FirstAsync()).Id.ToString();
            tokens[$"{{pad:{code}}}"] = (await db.CarePaths.Where(p => p.AreaCode == code && p.RevisionOfId == null).OrderBy(p => p.Id).FirstAsync()).Id.ToString();
        }
        var haarlem = int.Parse(tokens["{coalitie:GM0392}"], System.Globalization.CultureInfo.InvariantCulture);
        tokens["{activiteit:GM0392}"] = (await db.Activities.Where(a => a.CoalitionId == haarlem).OrderBy(a => a.Id).FirstAsync()).Id.ToString();
        tokens["{begrotingsregel:GM0392}"] = (await db.BudgetLines.Where(b => b.CoalitionId == haarlem).OrderBy(b => b.Id).FirstAsync()).Id.ToString();
        tokens["{partner:GM0392}"] = (await db.Partners.Where(p => p.CoalitionId == haarlem).OrderBy(p => p.Id).FirstAsync()).Id.ToString();
        return tokens;
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class AuthorizationMatrixSqliteTests(IsolatedSqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<IsolatedSqliteApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class AuthorizationMatrixPostgresTests(IsolatedPostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<IsolatedPostgresApp>;
