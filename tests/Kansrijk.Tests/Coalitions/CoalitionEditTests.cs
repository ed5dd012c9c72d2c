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
    private async Task<int> IdOfAsync(string municipality) =>
        (await app.NewClient().GetFromJsonAsync<List<JsonElement>>("/api/coalitions"))!
            .Single(c => c.GetProperty("kind").GetString() == "Local" && c.GetProperty("municipalities").EnumerateArray().Any(m => m.GetString() == municipality)).GetProperty("id").GetInt32();

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
        var api = await coordinator.PostAsJsonAsync($"/api/coalities-bestaat-niet", new { });
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        var refused = await coordinator.PostAsJsonAsync($"/api/coalitions/{denHaag}/budget", new { year = "2023", source = "Spuk", amount = "100", note = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().PostAsJsonAsync($"/api/coalitions/{denHaag}/budget", new { year = "2023" })).StatusCode);

        var own = await coordinator.PostAsJsonAsync($"/api/coalitions/{await IdOfAsync("GM0392")}/budget", new { year = "2024", source = "Province", amount = "2.000", note = "provincie" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var wrong = await coordinator.PostAsJsonAsync($"/api/coalitions/{await IdOfAsync("GM0392")}/budget", new { year = "2024", source = "Province", amount = "-1" });
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
        var national = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/coalitions/{id}")).GetProperty("lines").GetArrayLength(); // 3 own lines
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
        var activities = (await app.NewClient().GetFromJsonAsync<JsonElement>($"/api/coalitions/{id}")).GetProperty("activities").EnumerateArray();
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
