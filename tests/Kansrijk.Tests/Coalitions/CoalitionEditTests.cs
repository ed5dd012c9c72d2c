using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Coalitions;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class EuroAmountTests
{
    [Theory]
    [InlineData("80000", 80_000_00)]
    [InlineData("80.000", 80_000_00)]
    [InlineData("€ 1.250", 1_250_00)]
    [InlineData("1.250.000", 1_250_000_00)]
    [InlineData("80000,50", 80_000_50)]
    [InlineData("80000.50", 80_000_50)]
    [InlineData("80.000,5", 80_000_50)]
    [InlineData("1,250.75", 1_250_75)]
    [InlineData("0", 0)]
    public void Amounts_with_a_comma_or_a_point_are_read_as_people_mean_them(string text, long cents)
    {
        Assert.True(EuroAmount.TryParseCents(text, out var parsed, out var error), error);
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("-500", "negatief")]
    [InlineData("", "Vul een bedrag in")]
    [InlineData("veel", "geen bedrag")]
    [InlineData("10,555", "twee cijfers")]
    public void Negative_empty_and_unreadable_amounts_are_refused_in_dutch(string text, string reason)
    {
        Assert.False(EuroAmount.TryParseCents(text, out _, out var error));
        Assert.Contains(reason, error);
    }
}

public abstract class CoalitionEditTests(KansrijkFactory app)
{
    private Task<int> IdOfAsync(string municipality) => CoalitionLookup.LocalOfAsync(app, municipality);

    [Fact]
    public async Task The_haarlem_coordinator_adds_a_budget_line_and_a_partner_and_the_history_keeps_who_and_what()
    {
        var id = await IdOfAsync("GM0392");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var budget = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["Year"] = "2023",
            ["Source"] = nameof(BudgetSource.Spuk),
            ["Amount"] = "12.500,50",
            ["Note"] = "SPUK-deel",
        }, "main form[action*=Budget]"));
        Assert.NotNull(budget.QuerySelector("#opgeslagen"));

        var partner = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["Name"] = "Voedselbank Haarlem",
            ["Type"] = nameof(PartnerType.InformalSupport),
            ["Domain"] = nameof(PartnerDomain.Informal),
            ["JoinedYear"] = "2023",
        }, "main form[action*=Partner]"));
        Assert.NotNull(partner.QuerySelector("#opgeslagen"));

        var page = await app.NewClient().GetDocumentAsync($"/coalities/{id}");
        Assert.Contains("€ 12.500", page.QuerySelector("td[data-total='2023']")!.TextContent);
        var history = page.QuerySelectorAll("#geschiedenis tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(history, h => h.Contains("Voedselbank Haarlem") && h.Contains(DemoAccounts.Coordinator.Email));
        Assert.Contains(history, h => h.Contains("Begroting 2023: SPUK"));
    }

    [Fact]
    public async Task Bad_input_is_refused_at_the_field_and_keeps_what_was_typed()
    {
        var id = await IdOfAsync("GM0392");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var budget = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["Year"] = "2023",
            ["Source"] = nameof(BudgetSource.Spuk),
            ["Amount"] = "-100",
            ["Note"] = "fout",
        }, "main form[action*=Budget]"));
        Assert.Contains("negatief", budget.QuerySelector("#Amount-fout")!.TextContent);
        Assert.Equal("-100", budget.QuerySelector("input#Amount")!.GetAttribute("value"));

        var partner = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["Name"] = "Te laat",
            ["Type"] = nameof(PartnerType.Welfare),
            ["Domain"] = nameof(PartnerDomain.Social),
            ["JoinedYear"] = "2022",
            ["LeftYear"] = "2020",
        }, "main form[action*=Partner]"));
        Assert.Contains("voor het jaar van aansluiten", partner.QuerySelector("#LeftYear-fout")!.TextContent);

        var page = await app.NewClient().GetDocumentAsync($"/coalities/{id}");
        Assert.DoesNotContain("Te laat", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_coordinator_of_haarlem_cannot_change_den_haag_through_the_page_or_the_api()
    {
        var denHaag = await IdOfAsync("GM0518");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/coalities/{denHaag}/bewerken")).Headers.Location));
        var api = await coordinator.PostAsJsonAsync($"/api/v1/coalities-bestaat-niet", new { });
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        var refused = await coordinator.PostAsJsonAsync($"/api/v1/coalitions/{denHaag}/budget-lines", new { year = "2023", source = "Spuk", amount = "100", note = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().PostAsJsonAsync($"/api/v1/coalitions/{denHaag}/budget-lines", new { year = "2023" })).StatusCode);

        var own = await coordinator.PostAsJsonAsync($"/api/v1/coalitions/{await IdOfAsync("GM0392")}/budget-lines", new { year = "2024", source = "Province", amount = "2.000", note = "provincie" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var wrong = await coordinator.PostAsJsonAsync($"/api/v1/coalitions/{await IdOfAsync("GM0392")}/budget-lines", new { year = "2024", source = "Province", amount = "-1" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("negatief", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Amount").GetString());
    }

    [Fact]
    public async Task An_activity_hangs_only_on_a_line_of_its_own_coalition()
    {
        var id = await IdOfAsync("GM0392");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var form = await coordinator.GetDocumentAsync($"/coalities/{id}/bewerken");
        var ownLine = form.QuerySelectorAll("select#ActionLineId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var national = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{id}")).GetProperty("lines").GetArrayLength(); // 3 own lines
        Assert.Equal(3, national);

        Dictionary<string, string> Activity(string line, string reach) => new()
        {
            ["ActivityYear"] = "2023",
            ["Title"] = "Training aandachtsfunctionarissen",
            ["ActionLineId"] = line,
            ["InterventionId"] = "",
            ["ActivityStatus"] = nameof(ActivityStatus.Completed),
            ["Reach"] = reach,
            ["ReachUnit"] = "getrainde aandachtsfunctionarissen",
            ["OwnerPartnerId"] = "",
            ["Evaluation"] = "",
        };
        // The national lines are made first at start (ids 1-3): a line that exists but is not this coalition's.
        var foreignLine = "1";
        Assert.DoesNotContain(foreignLine, form.QuerySelectorAll("select#ActionLineId option").Select(o => o.GetAttribute("value")));
        var refused = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken", Activity(foreignLine, "-3"), "main form[action*=Activity]"));
        Assert.Contains("actielijn van deze coalitie", refused.QuerySelector("#ActionLineId-fout")!.TextContent);
        Assert.Contains("heel getal", refused.QuerySelector("#Reach-fout")!.TextContent);

        var added = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken", Activity(ownLine, "24"), "main form[action*=Activity]"));
        Assert.NotNull(added.QuerySelector("#opgeslagen"));
        var activities = (await app.NewClient().GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{id}")).GetProperty("activities").EnumerateArray();
        Assert.Contains(activities, a => a.GetProperty("title").GetString() == "Training aandachtsfunctionarissen" && a.GetProperty("reach").GetInt32() == 24);
    }

    [Fact]
    public async Task Readers_see_no_edit_link()
    {
        var id = await IdOfAsync("GM0518");
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var page = await professional.GetDocumentAsync($"/coalities/{id}");
        Assert.Null(page.QuerySelector($"a[href='/coalities/{id}/bewerken']"));
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var own = await coordinator.GetDocumentAsync($"/coalities/{await IdOfAsync("GM0392")}");
        Assert.NotNull(own.QuerySelector("a[href$='/bewerken']"));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CoalitionEditSqliteTests(SqliteApp app) : CoalitionEditTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class CoalitionEditPostgresTests(PostgresApp app) : CoalitionEditTests(app);

public abstract class CoalitionRegistryPageTests(KansrijkFactory app)
{
    private Task<int> IdOfAsync(string name) => CoalitionLookup.NamedAsync(app, name);

    [Fact]
    public async Task The_national_map_table_gives_every_municipality_its_furthest_status()
    {
        var page = await app.NewClient().GetDocumentAsync("/coalities");
        var rows = page.QuerySelectorAll("#status-per-gemeente tbody tr").ToDictionary(r => r.GetAttribute("data-code")!, r => r.GetAttribute("data-label"));
        Assert.Equal(342, rows.Count);
        Assert.Equal("gevormd", rows["GM0392"]);
        Assert.Equal("in voorbereiding", rows["GM1924"]); // Goeree-Overflakkee
        Assert.Equal("gevormd", rows["GM0757"]); // Boxtel, in the regional coalition of Den Bosch
        Assert.Equal("geen coalitie in Kansrijk", rows["GM0983"]); // Venlo: the sources do not name it
        var formed = page.QuerySelector("#per-status tr[data-status=Formed]")!.QuerySelectorAll("td").Last().TextContent;
        Assert.Equal(rows.Values.Count(v => v == "gevormd").ToString(System.Globalization.CultureInfo.InvariantCulture), formed);
    }

    [Fact]
    public async Task The_coalitions_of_the_sixth_progress_report_hold_only_what_it_says()
    {
        var limburg = await app.NewClient().GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{await IdOfAsync("Regionale coalitie Kansrijke Start Limburg-Noord")}");
        Assert.Equal(["GM0957"], limburg.GetProperty("coalition").GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()));
        Assert.Empty(limburg.GetProperty("budget").EnumerateArray());
        var denBosch = await app.NewClient().GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{await IdOfAsync("Kansrijke Start regio Den Bosch")}");
        Assert.Equal(["GM0757", "GM0796", "GM0845", "GM0865"], denBosch.GetProperty("coalition").GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()!).Order());
        var apeldoorn = await app.NewClient().GetDocumentAsync($"/coalities/{await IdOfAsync("Kansrijke Start Apeldoorn")}");
        Assert.Contains("Handelingsverlegenheid", apeldoorn.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_administrator_adds_a_local_line_linked_to_a_national_one_and_a_working_group()
    {
        var id = await IdOfAsync("Kansrijke Start Delft");
        var coordinator = await DemoLogin.AdministratorAsync(app);
        var form = await coordinator.GetDocumentAsync($"/coalities/{id}/bewerken");
        var nationalLine = form.QuerySelectorAll("select#NationalLineId option").Select(o => o.GetAttribute("value")).Last(v => !string.IsNullOrEmpty(v))!;

        var refused = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken",
            new Dictionary<string, string> { ["LineTitle"] = "Lokale lijn zonder landelijke", ["NationalLineId"] = "", ["Goals"] = "Doel" }, "main form[action*=Line]"));
        Assert.Contains("landelijke actielijn", refused.QuerySelector("#NationalLineId-fout")!.TextContent);
        Assert.Equal("Lokale lijn zonder landelijke", refused.QuerySelector("input#LineTitle")!.GetAttribute("value"));

        var added = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken",
            new Dictionary<string, string> { ["LineTitle"] = "Sociale kaart op orde", ["NationalLineId"] = nationalLine, ["Goals"] = "Elke professional vindt de juiste hulp.\r\n\r\nDe kaart is elk jaar gecontroleerd." }, "main form[action*=Line]"));
        Assert.NotNull(added.QuerySelector("#opgeslagen"));
        Assert.Contains(added.QuerySelectorAll("select#ActionLineId option"), o => o.TextContent.EndsWith("Sociale kaart op orde"));

        await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string> { ["GroupName"] = "Werkgroep sociale kaart", ["GroupTheme"] = "vindbaarheid" }, "main form[action*=Group]");
        var detail = await app.NewClient().GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{id}");
        var line = detail.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("title").GetString() == "Sociale kaart op orde");
        Assert.Equal(2, line.GetProperty("goals").GetArrayLength());
        var page = await app.NewClient().GetDocumentAsync($"/coalities/{id}");
        Assert.Contains("Werkgroep sociale kaart (vindbaarheid)", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_activity_that_ends_before_it_starts_is_refused()
    {
        var id = await IdOfAsync(CoalitionDemoData.HaarlemName);
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var form = await coordinator.GetDocumentAsync($"/coalities/{id}/bewerken");
        var line = form.QuerySelectorAll("select#ActionLineId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var refused = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["ActivityYear"] = "2024",
            ["Title"] = "Omgekeerde data",
            ["ActionLineId"] = line,
            ["ActivityStatus"] = "Planned",
            ["StartsOn"] = "2024-06-01",
            ["EndsOn"] = "2024-03-01",
        }, "main form[action*=Activity]"));
        Assert.Contains("voor de begindatum", refused.QuerySelector("#EndsOn-fout")!.TextContent);
        // the date comes back in its three boxes
        Assert.Equal(["1", "3", "2024"], new[] { "EndsOn", "EndsOn-maand", "EndsOn-jaar" }.Select(id => refused.QuerySelector($"input#{id}")!.GetAttribute("value")));
    }

    [Fact]
    public async Task Administrators_edit_the_menukaart_and_others_only_read_it()
    {
        var list = await app.NewClient().GetDocumentAsync("/coalities/interventies");
        Assert.Contains(list.QuerySelectorAll("#interventies tbody th"), th => th.TextContent.Contains("Stevig Ouderschap"));
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync("/coalities/interventies/nieuw")).Headers.Location));

        var admin = await DemoLogin.AdministratorAsync(app);
        var refused = await Forms.ParseAsync(await admin.PostFormAsync("/coalities/interventies/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "VoorZorg",
            ["Link"] = "www.example",
            ["Recognition"] = "",
            ["Phase"] = "",
        }));
        Assert.Contains("al een interventie", refused.QuerySelector("#Name-fout")!.TextContent);
        Assert.Contains("https://", refused.QuerySelector("#Link-fout")!.TextContent);

        var added = await admin.PostFormAsync("/coalities/interventies/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Voorbeeldinterventie voor de test",
            ["Description"] = "Groepsbijeenkomsten",
            ["Phase"] = "AfterBirth",
            ["Recognition"] = "WellFounded",
            ["Link"] = "https://www.example.org/interventie",
        });
        Assert.Equal("/coalities/interventies", Forms.PathOf(added.Headers.Location));
        var row = (await app.NewClient().GetDocumentAsync("/coalities/interventies")).QuerySelectorAll("#interventies tbody tr")
            .Single(r => r.TextContent.Contains("Voorbeeldinterventie voor de test"));
        Assert.Contains("goed onderbouwd", row.TextContent);
        Assert.Contains("Na de zwangerschap", row.TextContent);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CoalitionRegistryPageSqliteTests(SqliteApp app) : CoalitionRegistryPageTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class CoalitionRegistryPagePostgresTests(PostgresApp app) : CoalitionRegistryPageTests(app);
