using System.Net;
using System.Text;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Pages;
using Kansrijk.Signalling.Responses;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>
/// The signalling pages end to end on both databases: the professional invites, the woman answers on her own pages with
/// the code (stop and resume, follow-ups, skip), sends, and sees kind advice; the professional sees the summary with
/// "Verwijs". Attackers: other organisation, coordinator, analyst, administrator, a used or expired code.
/// </summary>
public abstract class QuestionnairePageTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task<int> OpenPathwayAsync(HttpClient midwife)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Signalering Test " + TestNames.Letters(),
            ["BirthDate"] = Today.AddYears(-24).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 1234 5678",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(150).ToString("yyyy-MM-dd"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    private static async Task<string> InviteAsync(HttpClient midwife, int pathway)
    {
        var response = await midwife.PostFormAsync($"/trajecten/{pathway}/signalering", new Dictionary<string, string>(), action: $"/trajecten/{pathway}/signalering?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await midwife.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return page.QuerySelector(".kansrijk-code strong")?.TextContent ?? throw new InvalidOperationException(page.DocumentElement.OuterHtml);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient woman, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await woman.TokenAsync("/inloggen"); // her done page has no form
        return await woman.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient woman, int step, params (string Key, string Value)[] answers) =>
        PostAsync(woman, $"/vragenlijst?handler=Save&stap={step}",
            answers.SelectMany(a => new KeyValuePair<string, string>[] { new("gesteld", a.Key), new("v-" + a.Key, a.Value) }).Append(new("richting", "verder")));

    private async Task<HttpClient> WomanWithCodeAsync(string code, string language = "nl")
    {
        var woman = app.NewClient();
        var opened = await woman.GetAsync("/vragenlijst?code=" + Uri.EscapeDataString(code));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var chosen = await PostAsync(woman, "/vragenlijst?handler=Language", [new("taal", language)]);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        return woman;
    }

    [Fact]
    public async Task She_answers_with_the_code_stops_resumes_sends_and_sees_advice_and_the_professional_sees_the_summary_with_verwijs()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var code = await InviteAsync(midwife, pathway);
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
        // The code is shown once: the page after it does not have it.
        Assert.DoesNotContain(code, await midwife.GetStringAsync($"/trajecten/{pathway}/signalering"));

        var woman = await WomanWithCodeAsync(code);
        var step2 = await woman.GetDocumentAsync("/vragenlijst?stap=2");
        Assert.Contains("geld", step2.Body!.TextContent.ToLowerInvariant());
        Assert.NotNull(step2.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]"));
        // Debts: the follow-up and the wish for help open on the same step.
        var saved = await SaveAsync(woman, 2, ("geld-rondkomen", "net"), ("geld-schulden", "ja"));
        Assert.Equal("/vragenlijst?stap=2", saved.Headers.Location!.OriginalString);
        var again = await woman.GetStringAsync("/vragenlijst?stap=2");
        Assert.Contains("v-geld-schulden-hulp", again);
        Assert.Contains("v-wens:geld-en-schulden", again);

        // She stops; later, on another phone, the code brings her answers back.
        var later = await WomanWithCodeAsync(code);
        var resumed = await Forms.ParseAsync(await later.GetAsync("/vragenlijst?stap=2"));
        Assert.True(resumed.QuerySelector("#v-geld-schulden-ja")?.HasAttribute("checked"));
        saved = await SaveAsync(later, 2, ("geld-rondkomen", "net"), ("geld-schulden", "ja"), ("geld-schulden-hulp", "nee"), ("wens:geld-en-schulden", "ja"));
        Assert.Equal("/vragenlijst?stap=3", saved.Headers.Location!.OriginalString);
        var secret = "Geheimwoord" + Guid.NewGuid().ToString("N")[..8];
        await SaveAsync(later, 8, ("welzijn-toelichting", secret));

        var review = await later.GetStringAsync("/vragenlijst?stap=12");
        Assert.Contains(secret, review);
        var sent = await PostAsync(later, "/vragenlijst?handler=Submit", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var advice = WebUtility.HtmlDecode(await later.GetStringAsync("/vragenlijst"));
        Assert.Contains("Veel mensen hebben soms zorgen over geld", advice);
        Assert.DoesNotContain("Een rustige en veilige plek", advice); // no advice for a domain she did not answer
        Assert.DoesNotContain("score", advice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form method=\"post\" action=\"/vragenlijst?handler=Save", advice);

        // After sending, the code only reads: a save is refused and changes nothing.
        await SaveAsync(later, 2, ("geld-schulden", "nee"));
        Assert.Contains("Veel mensen hebben soms zorgen over geld", WebUtility.HtmlDecode(await woman.GetStringAsync("/vragenlijst")));

        var summary = await Forms.ParseAsync(await midwife.GetAsync($"/trajecten/{pathway}/signalering"));
        var text = summary.Body!.TextContent;
        Assert.Contains("Geld en schulden: advies", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ingevuld", text);
        Assert.Contains(secret, text);
        var verwijs = summary.QuerySelectorAll("a").Where(a => a.TextContent.StartsWith("Verwijs", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(verwijs);
        Assert.All(verwijs, a => Assert.Matches($"^/trajecten/{pathway}\\?aanbod=\\d+#toestemming$", a.GetAttribute("href")!));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var key = pathway.ToString();
        var log = await db.AccessLog.AsNoTracking().Where(e => e.ClientId == key).ToListAsync();
        Assert.Contains(log, e => e.UserName == SelfReportService.WomanActor && e.Details == "vragenlijst verstuurd");
        Assert.Contains(log, e => e.UserName == DemoAccounts.Professional.Email && e.Action == AccessAction.Read && e.ObjectType == nameof(SignallingResponse));
        Assert.All(log, e => Assert.DoesNotContain(secret, e.Details ?? ""));
        Assert.False(await StoredInPlainTextAsync(secret), "her free text is in the database in plain text");
    }

    [Fact]
    public async Task A_new_code_follows_post_redirect_get_so_a_reload_makes_no_second_invitation_and_shows_the_code_once()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var posted = await midwife.PostFormAsync($"/trajecten/{pathway}/signalering", new Dictionary<string, string>(), action: $"/trajecten/{pathway}/signalering?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Equal($"/trajecten/{pathway}/signalering#code-titel", location);
        var first = await midwife.GetDocumentAsync(location);
        var code = first.QuerySelector(".kansrijk-code strong")?.TextContent;
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
        // Reloading is a GET: no new invitation, and the code is not shown again.
        var reload = await midwife.GetStringAsync(location);
        Assert.DoesNotContain(code!, reload);
        Assert.Null((await Forms.ParseAsync(await midwife.GetAsync(location))).QuerySelector(".kansrijk-code"));
        await using var scope = app.Scope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<SignallingInvitation>().CountAsync(i => i.PathwayId == pathway));
    }

    [Fact]
    public async Task A_number_outside_its_range_is_refused_at_the_field_in_her_language_and_nothing_of_the_step_is_saved()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var woman = await WomanWithCodeAsync(await InviteAsync(midwife, pathway));
        foreach (var typed in new[] { "3", "veel" })
        {
            var wrong = await SaveAsync(woman, 7, ("zwanger-gevoel", "gewenst"), ("zwanger-eerste-afspraak", typed));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var page = await Forms.ParseAsync(wrong);
            Assert.StartsWith("Fout:", page.Title);
            Assert.NotNull(page.QuerySelector("#foutoverzicht[autofocus]"));
            Assert.Equal("#v-zwanger-eerste-afspraak", page.QuerySelector("#foutoverzicht a")!.GetAttribute("href"));
            Assert.Contains("Vul een getal in van 4 tot en met 42", page.QuerySelector("#v-zwanger-eerste-afspraak-fout")!.TextContent);
            Assert.Equal(typed, page.QuerySelector("#v-zwanger-eerste-afspraak")!.GetAttribute("value"));
        }
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            Assert.False(await db.SignallingResponses.AnyAsync(r => r.PathwayId == pathway), "a step with an invalid number saved something");
        }
        // In Arabic the message is hers.
        var arabic = await PostAsync(woman, "/vragenlijst?handler=Language", [new("taal", "ar")]);
        Assert.Equal(HttpStatusCode.Redirect, arabic.StatusCode);
        var inArabic = await Forms.ParseAsync(await SaveAsync(woman, 7, ("zwanger-eerste-afspraak", "50")));
        Assert.Contains("اكتبي رقمًا من 4 إلى 42", inArabic.QuerySelector("#v-zwanger-eerste-afspraak-fout")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(woman, 7, ("zwanger-eerste-afspraak", "12"))).StatusCode);
    }

    [Fact]
    public async Task An_unknown_or_expired_code_opens_nothing_and_what_she_typed_stays()
    {
        int pathway;
        string code;
        await using (var scope = app.Scope())
        {
            pathway = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Pathway>().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var past = ActivatorUtilities.CreateInstance<SelfReportService>(scope.ServiceProvider, new FixedClock(DateTimeOffset.UtcNow.AddDays(-SelfReportService.ValidDays).AddMinutes(-1)));
            code = (await past.InviteAsync(pathway, "test-user", default)).Code;
        }
        var woman = app.NewClient();
        foreach (var typed in new[] { code, "AAAA-BBBB" })
        {
            var response = await PostAsync(woman, "/vragenlijst?handler=Code", [new("code", typed)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains(QuestionnaireModel.CodeMessage, html);
            Assert.Contains($"value=\"{typed}\"", html);
        }
        Assert.Equal(HttpStatusCode.OK, (await woman.GetAsync("/vragenlijst?code=" + code)).StatusCode);
        Assert.DoesNotContain("Opslaan en verder", await woman.GetStringAsync("/vragenlijst?stap=1"));
    }

    [Fact]
    public async Task Others_are_refused_on_the_signalling_page_and_each_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        await InviteAsync(midwife, pathway);
        var started = DateTime.UtcNow.AddSeconds(-1);
        var others = new[]
        {
            (DemoAccounts.JgzNurse.Email, await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse)),
            (DemoAccounts.Coordinator.Email, await DemoLogin.AsAsync(app, DemoAccounts.Coordinator)),
            (DemoAccounts.Analyst.Email, await DemoLogin.AsAsync(app, DemoAccounts.Analyst)),
            (DemoAccounts.Administrator.Email, await DemoLogin.AdministratorAsync(app)),
        };
        foreach (var (_, client) in others)
        {
            var token = await client.TokenAsync("/");
            var get = await client.GetAsync($"/trajecten/{pathway}/signalering");
            var post = await client.PostAsync($"/trajecten/{pathway}/signalering?handler=Invite",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            foreach (var refused in new[] { get, post })
            {
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.Equal("/geen-toegang", Forms.PathOf(refused.Headers.Location));
            }
        }
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.Equal(1, await db.Set<SignallingInvitation>().CountAsync(i => i.PathwayId == pathway));
        var denied = await db.AccessLog.AsNoTracking()
            .Where(e => e.Outcome == AccessOutcome.Denied && e.ObjectType == PathwayResources.Type && e.ObjectId == pathway.ToString() && e.OccurredAt >= started)
            .Select(e => e.UserName).ToListAsync();
        foreach (var (email, _) in others)
        {
            Assert.True(denied.Count(d => d == email) >= 2, email + ": " + string.Join("; ", denied));
        }
    }

    /// <summary>Whether the database holds the text as it is (SQLite: the file; PostgreSQL: any text column of the client schema).</summary>
    protected abstract Task<bool> StoredInPlainTextAsync(string text);
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class QuestionnairePageSqliteTests(SqliteApp app) : QuestionnairePageTests(app)
{
    protected override async Task<bool> StoredInPlainTextAsync(string text)
    {
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            if (memory.ToArray().AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }

    /// <summary>Not a matter of the database: one app of its own with a small limit.</summary>
    [Fact]
    public async Task Guessing_codes_is_limited_per_address_with_a_dutch_message()
    {
        await using var limited = new KansrijkFactory(DatabaseProvider.Sqlite);
        limited.Settings["Kansrijk:QuestionnaireCodeAttempts"] = "3";
        var client = limited.NewClient();
        var token = await client.TokenAsync("/vragenlijst");
        Task<HttpResponseMessage> TryAsync(string code) => client.PostAsync("/vragenlijst?handler=Code",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["__RequestVerificationToken"] = token }));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await TryAsync($"AAAA-AAA{"BCDEF"[i]}")).StatusCode);
        }
        var refused = await TryAsync("AAAA-AAAG");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(QuestionnaireCodeLimit.Message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/vragenlijst?code=AAAA-AAAH")).StatusCode);
        // Her pages after the code are not counted.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/vragenlijst")).StatusCode);
    }
}

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class QuestionnairePagePostgresTests(PostgresApp app) : QuestionnairePageTests(app)
{
    protected override async Task<bool> StoredInPlainTextAsync(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var search = new Npgsql.NpgsqlCommand(
            $"SELECT count(*) FROM \"{PathwaySchema.Name}\".\"SignallingResponses\" t WHERE t::text LIKE @p", connection);
        search.Parameters.AddWithValue("p", "%" + text + "%");
        return (long)(await search.ExecuteScalarAsync())! > 0;
    }
}
