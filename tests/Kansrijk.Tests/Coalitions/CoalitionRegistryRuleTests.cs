using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Coalitions;

public abstract class CoalitionRegistryRuleTests(KansrijkFactory app)
{
    private static Dictionary<string, string> Facts(string name, string kind, string municipalities, string? statusSince = null, string plan = "", string? adopted = null) => new()
    {
        ["Name"] = name,
        ["Kind"] = kind,
        ["Municipalities"] = municipalities,
        ["Status"] = "Formed",
        ["StatusSince"] = statusSince ?? "",
        ["Plan"] = plan,
        ["PlanAdoptedOn"] = adopted ?? "",
        ["Coordinators"] = "",
        ["MeetingRhythm"] = "",
    };

    private async Task<int> IdOfAsync(string municipality) =>
        (await app.NewClient().GetAllItemsAsync("/api/v1/coalitions"))
            .First(c => c.GetProperty("kind").GetString() == "Local" && c.GetProperty("municipalities").EnumerateArray().Any(m => m.GetString() == municipality)).GetProperty("id").GetInt32();

    [Fact]
    public async Task A_municipality_cannot_be_in_two_local_coalitions_at_once()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var page = await Forms.ParseAsync(await coordinator.PostFormAsync("/coalities/nieuw/gegevens", Facts("Tweede Haarlemse coalitie", "Local", "GM0392")));
        Assert.Contains("heeft al een lokale coalitie", page.QuerySelector("#Municipalities-fout")!.TextContent);
        Assert.Equal("Tweede Haarlemse coalitie", page.QuerySelector("input#Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_coordinator_creates_coalitions_only_for_her_own_municipality_and_an_administrator_creates_a_regional_one()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var page = await Forms.ParseAsync(await coordinator.PostFormAsync("/coalities/nieuw/gegevens", Facts("Coalitie Amsterdam", "Local", "GM0363")));
        Assert.Contains("alleen een coalitie aanmaken", page.QuerySelector("#Municipalities-fout")!.TextContent);

        var admin = await DemoLogin.AdministratorAsync(app);
        var name = $"Regio test {Guid.NewGuid():N}"[..20];
        var created = await admin.PostFormAsync("/coalities/nieuw/gegevens", Facts(name, "Regional", "GM0392, GM0363", "2021"));
        var location = Forms.PathOf(created.Headers.Location);
        Assert.StartsWith("/coalities/", location);
        var detail = await app.NewClient().GetDocumentAsync(location);
        Assert.Equal(name, detail.QuerySelector("h1")!.TextContent);
        Assert.Contains("Coalitie aangemaakt", detail.QuerySelector("#geschiedenis")!.TextContent);
    }

    [Fact]
    public async Task Dates_out_of_order_and_a_local_coalition_with_two_municipalities_are_refused_at_their_fields()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var page = await Forms.ParseAsync(await admin.PostFormAsync("/coalities/nieuw/gegevens", Facts("Test", "Local", "GM0344, GM0014", "2021", "Adopted", "2019-05-01")));
        Assert.Contains("vóór 2021", page.QuerySelector("#PlanAdoptedOn-fout")!.TextContent);
        Assert.Contains("één gemeente", page.QuerySelector("#Municipalities-fout")!.TextContent);
        // the date comes back in its three boxes (day, month, year), the day box carrying the field's id for the summary's link
        Assert.Equal("1", page.QuerySelector("input#PlanAdoptedOn")!.GetAttribute("value"));
        Assert.Equal("5", page.QuerySelector("input#PlanAdoptedOn-maand")!.GetAttribute("value"));
        Assert.Equal("2019", page.QuerySelector("input#PlanAdoptedOn-jaar")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_haarlem_coordinator_changes_haarlems_facts_with_history_but_not_den_haags()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var haarlem = await IdOfAsync("GM0392");
        var form = await coordinator.GetDocumentAsync($"/coalities/{haarlem}/gegevens");
        var fields = form.QuerySelectorAll("main form input[name], main form select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => (e is AngleSharp.Html.Dom.IHtmlSelectElement s ? s.Value : e.GetAttribute("value")) ?? "");
        var before = fields["MeetingRhythm"];
        var after = $"elke maand ({Guid.NewGuid():N})";
        fields["MeetingRhythm"] = after;
        var saved = await coordinator.PostFormAsync($"/coalities/{haarlem}/gegevens", fields);
        Assert.Equal($"/coalities/{haarlem}", Forms.PathOf(saved.Headers.Location));
        var detail = await app.NewClient().GetDocumentAsync($"/coalities/{haarlem}");
        Assert.Contains($"Overleg: '{before}' → '{after}'", detail.QuerySelector("#geschiedenis")!.TextContent);

        var denied = await coordinator.GetAsync($"/coalities/{await IdOfAsync("GM0518")}/gegevens");
        Assert.Equal("/geen-toegang", Forms.PathOf(denied.Headers.Location));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CoalitionRegistryRuleSqliteTests(SqliteApp app) : CoalitionRegistryRuleTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class CoalitionRegistryRulePostgresTests(PostgresApp app) : CoalitionRegistryRuleTests(app);
