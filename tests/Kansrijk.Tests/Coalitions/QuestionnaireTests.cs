using System.Net;
using System.Text.Json;
using Kansrijk.Coalitions.Questionnaire;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Coalitions;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ProgrammeIndicatorAnswerTests
{
    private static YearlyQuestionnaire Answered(bool confirmed) => new()
    {
        MunicipalityCode = "GM0001",
        Year = 2022,
        UpdatedBy = "x",
        Coalition = CoalitionAnswer.Preparing,
        JointPlan = true,
        PrenatalHomeVisit = true,
        VoorZorg = false,
        NuNietZwanger = true,
        ConfirmedOn = confirmed ? new DateOnly(2023, 1, 10) : null,
    };

    [Fact]
    public void Only_a_confirmed_questionnaire_counts_and_a_coalition_in_preparation_is_not_yet_a_coalition()
    {
        Assert.Empty(ProgrammeIndicators.Answers(null, centralMunicipality: true));
        Assert.Empty(ProgrammeIndicators.Answers(Answered(confirmed: false), centralMunicipality: true));
        var answers = ProgrammeIndicators.Answers(Answered(confirmed: true), centralMunicipality: true);
        Assert.False(answers["L01"]);
        Assert.True(answers["L02"]);
        Assert.True(answers["L03"]);
        Assert.True(answers["L04"]);
        Assert.False(answers["L05"]);
    }

    [Fact]
    public void L03_only_counts_centrumgemeenten()
    {
        var answers = ProgrammeIndicators.Answers(Answered(confirmed: true), centralMunicipality: false);
        Assert.False(answers.ContainsKey("L03"));
        Assert.Equal(4, answers.Count);
    }
}

public abstract class QuestionnaireTests(KansrijkFactory app)
{
    private static Dictionary<string, string> Answers(string coalition, params string[] yes)
    {
        var fields = new Dictionary<string, string> { ["Form.Coalition"] = coalition };
        foreach (var field in yes)
        {
            fields[$"Form.{field}"] = "true";
        }
        return fields;
    }

    private async Task<List<JsonElement>> StoredAsync(string indicator, string area, int year) =>
        [.. (await app.NewClient().GetAllItemsAsync($"/api/v1/monitor/values?indicator={indicator}&area={area}&period={year}"))
            .Where(v => v.GetProperty("kind").GetString() != "published")];

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string municipality, int year, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/coalities/vragenlijst/{municipality}/{year}", fields, "main form[method=post]", $"/coalities/vragenlijst/{municipality}/{year}?handler={handler}");

    [Fact]
    public async Task The_form_starts_from_the_registry_and_a_municipality_without_a_coalition_gets_no()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var haarlem = await coordinator.GetDocumentAsync("/coalities/vragenlijst/GM0392/2023");
        Assert.Contains("voorstelt", haarlem.QuerySelector("#vragenlijst-status")!.TextContent);
        Assert.NotNull(haarlem.QuerySelector("input[name='Form.Coalition'][value=Yes][checked]"));
        Assert.NotNull(haarlem.QuerySelector("input[name='Form.ConsultedPartners'][value=MidwiferyPractice][checked]"));

        var admin = await DemoLogin.AdministratorAsync(app);
        var none = await admin.GetDocumentAsync("/coalities/vragenlijst/GM0363/2023");
        Assert.NotNull(none.QuerySelector("input[name='Form.Coalition'][value=No][checked]"));
        Assert.Contains("geen coalitie", none.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Every_proposed_answer_says_which_activity_or_partner_of_which_year_led_to_it_or_that_nothing_did()
    {
        // the reader's table: 2022 has the activities; each answer names its activity and year
        var reader = await app.NewClient().GetDocumentAsync("/coalities/vragenlijst/GM0392/2022");
        string Why(AngleSharp.Dom.IDocument page, string field) => page.QuerySelector($"td.kansrijk-why[data-field='{field}']")!.TextContent;
        Assert.StartsWith("Ja: activiteit “Prenatale huisbezoeken vanuit de JGZ” van ", Why(reader, "PrenatalHomeVisit"));
        Assert.Contains("in 2022 (lopend)", Why(reader, "PrenatalHomeVisit"));
        Assert.StartsWith("Nee: geen lopende of afgeronde activiteit met VoorZorg in 2022.", Why(reader, "VoorZorg"));
        Assert.Contains("gevormd", Why(reader, "Coalition"));
        Assert.StartsWith("Ja:", Why(reader, "Partners"));

        // 2023 has no activity: the "nee" says so and points at the activity of 2022, so nobody confirms it blindly
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var form = await coordinator.GetDocumentAsync("/coalities/vragenlijst/GM0392/2023");
        Assert.Null(form.QuerySelector("input#PrenatalHomeVisit[checked]"));
        Assert.Equal("waarom-PrenatalHomeVisit", form.QuerySelector("input#PrenatalHomeVisit")!.GetAttribute("aria-describedby"));
        var why = form.QuerySelector("#waarom-PrenatalHomeVisit")!.TextContent;
        Assert.Contains("Nee: geen lopende of afgeronde activiteit met Prenataal huisbezoek JGZ in 2023.", why);
        Assert.Contains("“Prenatale huisbezoeken vanuit de JGZ” in 2022 (lopend)", why);
        Assert.Contains("Ja:", form.QuerySelector("#waarom-partner-Ggd")!.TextContent);
        Assert.Contains("Nee: geen partner van deze soort", form.QuerySelectorAll("p.kansrijk-why").Select(p => p.TextContent).Aggregate((a, b) => a + b));

        var none = await app.NewClient().GetDocumentAsync("/coalities/vragenlijst/GM0363/2023");
        Assert.Equal("Nee: deze gemeente hoort bij geen coalitie in het register.", Why(none, "Coalition"));
    }

    [Fact]
    public async Task Confirmed_answers_become_L01_to_L05_in_the_monitor_and_a_draft_takes_them_out_again()
    {
        const int year = 2020;
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var confirmed = await SubmitAsync(coordinator, "GM0392", year, "Confirm", Answers("Yes", "JointPlan", "PrenatalHomeVisit"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var l01 = Assert.Single(await StoredAsync("L01", "GM0392", year));
        Assert.Equal(1, l01.GetProperty("numerator").GetInt64());
        Assert.Equal(1, l01.GetProperty("denominator").GetInt64());
        Assert.Equal(100m, l01.GetProperty("value").GetDecimal());
        Assert.False(l01.GetProperty("suppressed").GetBoolean());
        Assert.Equal("Kansrijk-register", l01.GetProperty("source").GetString());
        Assert.Equal(0, Assert.Single(await StoredAsync("L05", "GM0392", year)).GetProperty("numerator").GetInt64());
        // Noord-Holland from one answer out of 44 municipalities: no percentage, only how many answered
        var province = Assert.Single(await StoredAsync("L04", "PV27", year));
        Assert.True(province.GetProperty("insufficientData").GetBoolean());
        Assert.Equal(JsonValueKind.Null, province.GetProperty("value").ValueKind);
        Assert.Equal(1, province.GetProperty("municipalities").GetInt32());

        var page = await coordinator.GetDocumentAsync($"/coalities/vragenlijst/GM0392/{year}");
        Assert.Contains("Bevestigd op", page.QuerySelector("#vragenlijst-status")!.TextContent);
        Assert.NotNull(page.QuerySelector("input#JointPlan[checked]"));
        Assert.Null(page.QuerySelector("input#VoorZorg[checked]"));

        var draft = await SubmitAsync(coordinator, "GM0392", year, "Draft", Answers("Yes", "JointPlan", "PrenatalHomeVisit", "VoorZorg"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Empty(await StoredAsync("L01", "GM0392", year));
        Assert.Empty(await StoredAsync("L05", "GM0392", year));
        Assert.Contains("Concept", (await coordinator.GetDocumentAsync($"/coalities/vragenlijst/GM0392/{year}")).QuerySelector("#vragenlijst-status")!.TextContent);

        var coalitionId = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var history = (await app.NewClient().GetDocumentAsync($"/coalities/{coalitionId}")).QuerySelectorAll("#geschiedenis tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(history, h => h.Contains($"Vragenlijst Haarlem {year} bevestigd") && h.Contains(DemoAccounts.Coordinator.Email));
        Assert.Contains(history, h => h.Contains($"Vragenlijst Haarlem {year} opgeslagen als concept"));
    }

    [Fact]
    public async Task The_demo_marks_example_centrumgemeenten_so_L03_appears_after_confirming_haarlem()
    {
        const int year = 2025;
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(coordinator, "GM0392", year, "Confirm", Answers("Yes", "NuNietZwanger"))).StatusCode);
        Assert.Equal(1, Assert.Single(await StoredAsync("L03", "GM0392", year)).GetProperty("numerator").GetInt64());
        var admin = await DemoLogin.AdministratorAsync(app);
        var page = await admin.GetDocumentAsync("/beheer/centrumgemeenten");
        Assert.Contains("voorbeeld", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task L03_counts_only_centrumgemeenten_and_follows_the_administrators_mark()
    {
        const int year = 2019;
        var admin = await DemoLogin.AdministratorAsync(app);
        foreach (var municipality in new[] { "GM0363", "GM0344" }) // Amsterdam, Utrecht: both started Nu Niet Zwanger
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, municipality, year, "Confirm", Answers("Yes", "NuNietZwanger"))).StatusCode);
        }
        Assert.Empty(await StoredAsync("L03", "GM0363", year));
        Assert.Single(await StoredAsync("L01", "GM0363", year));

        var marked = await admin.PostFormAsync("/beheer/centrumgemeenten", new Dictionary<string, string> { ["Code"] = "GM0363" }, "main form[action*=Add]");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(1, Assert.Single(await StoredAsync("L03", "GM0363", year)).GetProperty("numerator").GetInt64());
        Assert.Empty(await StoredAsync("L03", "GM0344", year));
        var nl = Assert.Single(await StoredAsync("L03", "NL01", year));
        Assert.Equal(1, nl.GetProperty("municipalities").GetInt32()); // only the one centrumgemeente with confirmed answers
        Assert.True(nl.GetProperty("insufficientData").GetBoolean());
        var nlL01 = Assert.Single(await StoredAsync("L01", "NL01", year));
        Assert.True(nlL01.GetProperty("municipalities").GetInt32() >= 2);

        var removed = await admin.PostFormAsync("/beheer/centrumgemeenten", new Dictionary<string, string> { ["Code"] = "GM0363" }, "main form[action*=Remove]");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await StoredAsync("L03", "GM0363", year));
    }

    [Fact]
    public async Task Only_the_municipalitys_coordinator_or_an_administrator_answers_and_everyone_reads()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var foreign = await SubmitAsync(coordinator, "GM0392", 2021, "Confirm", Answers("Yes"));
        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode); // own municipality: fine
        var token = (await coordinator.GetDocumentAsync("/coalities/vragenlijst/GM0392/2021")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var denied = await coordinator.PostAsync("/coalities/vragenlijst/GM0518/2021?handler=Confirm",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Coalition"] = "No", ["__RequestVerificationToken"] = token }));
        Assert.Equal("/geen-toegang", Forms.PathOf(denied.Headers.Location));
        Assert.Empty(await StoredAsync("L01", "GM0518", 2021));

        var reader = await app.NewClient().GetDocumentAsync("/coalities/vragenlijst/GM0392/2021");
        Assert.Null(reader.QuerySelector("main form[method=post]"));
        Assert.Contains("ja", reader.QuerySelector("#antwoorden")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync("/coalities/vragenlijst/GM0392/1990")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync("/coalities/vragenlijst/PV27/2021")).StatusCode);

        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        Assert.Equal("/geen-toegang", Forms.PathOf((await professional.GetAsync("/beheer/centrumgemeenten")).Headers.Location));
    }

    [Fact]
    public async Task The_list_counts_confirmed_and_draft_questionnaires_per_year()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        await SubmitAsync(coordinator, "GM0392", 2018, "Draft", Answers("Preparing"));
        var list = await app.NewClient().GetDocumentAsync("/coalities/vragenlijst?jaar=2018");
        var haarlem = list.QuerySelectorAll("#vragenlijsten tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Haarlem");
        Assert.Contains("concept", haarlem.TextContent);
        Assert.Contains("in voorbereiding", haarlem.TextContent);
        Assert.Equal(342, list.QuerySelectorAll("#vragenlijsten tbody tr").Length);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class QuestionnaireSqliteTests(SqliteApp app) : QuestionnaireTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class QuestionnairePostgresTests(PostgresApp app) : QuestionnaireTests(app);
