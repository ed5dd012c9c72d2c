using System.Net;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Responses;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>
/// The questionnaire filled in by the professional during a consult (in her session, no code) on both databases: the same
/// steps, the questions in the language she reads along in, numbers checked, the summary naming the professional.
/// Attackers: another organisation, coordinator, analyst, administrator.
/// </summary>
public abstract class ConsultQuestionnaireTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<int> OpenPathwayAsync(HttpClient midwife)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Consult Test " + TestNames.Letters(),
            ["BirthDate"] = Today.AddYears(-27).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 1234 5678",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(180).ToString("yyyy-MM-dd"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.TokenAsync("/");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, int pathway, int step, params (string Key, string Value)[] answers) =>
        PostAsync(client, $"/trajecten/{pathway}/signalering/invullen?handler=Save&stap={step}",
            answers.SelectMany(a => new KeyValuePair<string, string>[] { new("gesteld", a.Key), new("v-" + a.Key, a.Value) }).Append(new("richting", "verder")));

    [Fact]
    public async Task The_professional_fills_it_in_during_a_consult_in_her_language_and_the_summary_names_the_professional()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var signalling = await midwife.GetStringAsync($"/trajecten/{pathway}/signalering");
        Assert.Contains($"href=\"/trajecten/{pathway}/signalering/invullen\"", signalling);
        Assert.Contains("Samen invullen tijdens het consult", signalling);

        var start = await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering/invullen");
        Assert.NotNull(start.QuerySelector("#taal-ar"));
        // No language chosen: a Dutch error, nothing started.
        var none = await PostAsync(midwife, $"/trajecten/{pathway}/signalering/invullen?handler=Language", []);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Kies de taal", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()));
        var chosen = await PostAsync(midwife, $"/trajecten/{pathway}/signalering/invullen?handler=Language", [new("taal", "ar")]);
        Assert.Equal($"/trajecten/{pathway}/signalering/invullen?stap=1", chosen.Headers.Location!.OriginalString);

        // The questions in Arabic with their own lang and dir; the professional's words stay Dutch.
        var step2 = await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering/invullen?stap=2");
        Assert.Equal("nl", step2.DocumentElement.GetAttribute("lang"));
        Assert.Contains(step2.QuerySelectorAll("h1 span[lang=ar][dir=rtl]"), _ => true);
        Assert.Contains("Opslaan en verder", step2.Body!.TextContent);
        Assert.NotNull(step2.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]"));
        Assert.NotNull(start.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]"));

        var saved = await SaveAsync(midwife, pathway, 2, ("geld-rondkomen", "net"), ("geld-schulden", "ja"));
        Assert.Equal($"/trajecten/{pathway}/signalering/invullen?stap=2", saved.Headers.Location!.OriginalString);
        Assert.Contains("v-wens:geld-en-schulden", await midwife.GetStringAsync($"/trajecten/{pathway}/signalering/invullen?stap=2"));
        saved = await SaveAsync(midwife, pathway, 2, ("geld-rondkomen", "net"), ("geld-schulden", "ja"), ("geld-schulden-hulp", "nee"), ("wens:geld-en-schulden", "ja"));
        Assert.Equal($"/trajecten/{pathway}/signalering/invullen?stap=3", saved.Headers.Location!.OriginalString);

        // A number outside its range (or not a number) is refused at the field and in the summary; what was typed stays.
        foreach (var typed in new[] { "99", "zes" })
        {
            var wrong = await SaveAsync(midwife, pathway, 7, ("zwanger-eerste-afspraak", typed));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var page = await Forms.ParseAsync(wrong);
            Assert.StartsWith("Fout:", page.Title);
            Assert.Equal("#v-zwanger-eerste-afspraak", page.QuerySelector("#foutoverzicht a")!.GetAttribute("href"));
            Assert.Contains("Vul een getal in van 4 tot en met 42", page.QuerySelector("#v-zwanger-eerste-afspraak-fout")!.TextContent);
            Assert.Equal(typed, page.QuerySelector("#v-zwanger-eerste-afspraak")!.GetAttribute("value"));
            Assert.Equal("true", page.QuerySelector("#v-zwanger-eerste-afspraak")!.GetAttribute("aria-invalid"));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(midwife, pathway, 7, ("zwanger-eerste-afspraak", "9,5"))).StatusCode);

        var review = WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}/signalering/invullen?stap=12"));
        Assert.Contains("Antwoorden nakijken", review);
        Assert.Contains("9.5", review);
        var sent = await PostAsync(midwife, $"/trajecten/{pathway}/signalering/invullen?handler=Submit", []);
        Assert.Equal($"/trajecten/{pathway}/signalering#uitkomst", sent.Headers.Location!.OriginalString);

        var summary = (await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering")).Body!.TextContent;
        Assert.Contains($"ingevuld door {DemoAccounts.Professional.DisplayName} tijdens consult", summary);
        Assert.Contains("ingevuld in het Arabisch", summary);
        Assert.Contains("Geld en schulden: advies", summary, StringComparison.OrdinalIgnoreCase);
        // Sent: the pages start afresh, a save goes nowhere.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(midwife, pathway, 2, ("geld-schulden", "nee"))).StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var response = await db.SignallingResponses.AsNoTracking().SingleAsync(r => r.PathwayId == pathway);
        Assert.Equal(FilledBy.Professional, response.FilledBy);
        Assert.NotNull(response.SubmittedAt);
        Assert.Equal("ar", response.Language);
        Assert.Equal("geld-en-schulden", response.AdviceDomainsKept);
        var answers = scope.ServiceProvider.GetRequiredService<SelfReportService>().Answers(response);
        Assert.Equal("ja", answers["geld-schulden"]);
        Assert.Equal("9.5", answers["zwanger-eerste-afspraak"]);
        Assert.Empty(await db.SignallingInvitations.Where(i => i.PathwayId == pathway).ToListAsync());
        var key = pathway.ToString();
        var log = await db.AccessLog.AsNoTracking().Where(e => e.ClientId == key && e.ObjectType == nameof(SignallingResponse)).ToListAsync();
        Assert.Contains(log, e => e.UserName == DemoAccounts.Professional.Email && e.Details == "vragenlijst verstuurd tijdens consult");
        Assert.Contains(log, e => e.UserName == DemoAccounts.Professional.Email && e.Action == AccessAction.Read);
        Assert.All(log, e => Assert.Equal(DemoAccounts.Professional.Email, e.UserName));
    }

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Others_are_refused_on_every_handler_and_each_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var started = DateTime.UtcNow.AddSeconds(-1);
        var others = new[]
        {
            (DemoAccounts.JgzNurse.Email, await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse)),
            (DemoAccounts.Coordinator.Email, await DemoLogin.AsAsync(app, DemoAccounts.Coordinator)),
            (DemoAccounts.Analyst.Email, await DemoLogin.AsAsync(app, DemoAccounts.Analyst)),
            (DemoAccounts.Administrator.Email, await DemoLogin.AdministratorAsync(app)),
        };
        var url = $"/trajecten/{pathway}/signalering/invullen";
        foreach (var (_, client) in others)
        {
            var token = await client.TokenAsync("/");
            Task<HttpResponseMessage> Post(string handler, params KeyValuePair<string, string>[] fields) => client.PostAsync($"{url}?handler={handler}",
                new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
            var attempts = new[]
            {
                await client.GetAsync(url), await client.GetAsync(url + "?stap=2"),
                await Post("Language", F("taal", "nl")),
                await Post("Save", F("gesteld", "geld-schulden"), F("v-geld-schulden", "ja")),
                await Post("Submit"),
            };
            foreach (var refused in attempts)
            {
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.Equal("/geen-toegang", Forms.PathOf(refused.Headers.Location));
            }
        }
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.False(await db.SignallingResponses.AnyAsync(r => r.PathwayId == pathway));
        var denied = await db.AccessLog.AsNoTracking()
            .Where(e => e.Outcome == AccessOutcome.Denied && e.ObjectType == PathwayResources.Type && e.ObjectId == pathway.ToString() && e.OccurredAt >= started)
            .Select(e => e.UserName).ToListAsync();
        foreach (var (email, _) in others)
        {
            Assert.True(denied.Count(d => d == email) >= 5, email + ": " + string.Join("; ", denied));
        }
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ConsultQuestionnaireSqliteTests(SqliteApp app) : ConsultQuestionnaireTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ConsultQuestionnairePostgresTests(PostgresApp app) : ConsultQuestionnaireTests(app);
