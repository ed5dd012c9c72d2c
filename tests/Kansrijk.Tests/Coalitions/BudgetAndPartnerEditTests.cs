using System.Net;
using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Coalitions;

/// <summary>Issue 12 item 7: budget lines and partners are changed, ended and removed like activities, with history and versions.</summary>
public abstract class BudgetAndPartnerEditTests(KansrijkFactory app)
{
    private async Task<(int Coalition, string Url)> NewBudgetLineAsync(HttpClient coordinator, string note)
    {
        var id = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["Year"] = "2024",
            ["Source"] = nameof(BudgetSource.Spuk),
            ["Amount"] = "12.500",
            ["Note"] = note,
        }, "main form[action*=Budget]");
        await using var scope = app.Scope();
        var line = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().BudgetLines.Where(b => b.Note == note).Select(b => b.Id).SingleAsync();
        return (id, $"/coalities/{id}/begroting/{line}");
    }

    private async Task<(int Coalition, int Partner, string Url)> NewPartnerAsync(HttpClient coordinator, string name)
    {
        var id = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Type"] = nameof(PartnerType.Welfare),
            ["Domain"] = nameof(PartnerDomain.Social),
            ["JoinedYear"] = "2022",
        }, "main form[action*=Partner]");
        await using var scope = app.Scope();
        var partner = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Partners.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
        return (id, partner, $"/coalities/{id}/partners/{partner}");
    }

    private async Task<string> HistoryAsync(HttpClient client, int coalition) => (await client.GetDocumentAsync($"/coalities/{coalition}")).QuerySelector("#geschiedenis")!.TextContent.Replace('\u00A0', ' ');

    [Fact]
    public async Task A_budget_line_is_changed_and_the_second_of_two_saves_gets_a_message_and_keeps_her_input()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var admin = await DemoLogin.AdministratorAsync(app);
        var (coalition, url) = await NewBudgetLineAsync(coordinator, "Kraamzorg-pilot (test wijzigen)");
        Assert.NotNull((await coordinator.GetDocumentAsync($"/coalities/{coalition}")).QuerySelector($"a[href='{url}']"));

        var mine = await coordinator.FieldsOfAsync(url, "form#wijzigen");
        var theirs = await admin.FieldsOfAsync(url, "form#wijzigen");
        Assert.Equal("12500,00", mine["Amount"]);
        mine["Amount"] = "15.000";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(url, mine, "form#wijzigen")).StatusCode);
        Assert.Contains("Begroting 2024: SPUK gewijzigd: bedrag € 12.500 → € 15.000", await HistoryAsync(coordinator, coalition));

        theirs["Amount"] = "99.999";
        var conflict = await admin.PostFormAsync(url, theirs, "form#wijzigen");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await Forms.ParseAsync(conflict);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("#Amount-fout")!.TextContent);
        Assert.Equal("99.999", page.QuerySelector("input#Amount")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_budget_line_is_ended_with_a_date_and_removed_after_a_question_and_the_history_keeps_both()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var (coalition, url) = await NewBudgetLineAsync(coordinator, "Subsidie (test beëindigen)");
        var version = (await coordinator.GetDocumentAsync(url)).QuerySelector("form#beeindigen input[name=Version]")!.GetAttribute("value")!;
        var early = await Forms.ParseAsync(await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Version"] = version, ["EndDate"] = "2023-12-31" }, "form#beeindigen"));
        Assert.Contains("voor het begrotingsjaar 2024", early.QuerySelector("#EndDate-fout")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Version"] = version, ["EndDate"] = "2024-06-30" }, "form#beeindigen")).StatusCode);
        var detail = await coordinator.GetDocumentAsync($"/coalities/{coalition}");
        Assert.Contains("Subsidie (test beëindigen) (beëindigd op 30-06-2024)", detail.QuerySelector("#begroting-2024")!.TextContent);
        Assert.Contains("beëindigd op 30 juni 2024", detail.QuerySelector("#geschiedenis")!.TextContent);

        var ask = await coordinator.GetDocumentAsync(url + "?verwijderen=ja");
        Assert.Contains("telt niet meer mee in de totalen", ask.QuerySelector("#wat-er-gebeurt")!.TextContent);
        Assert.Contains("utrecht-button--warning", ask.QuerySelector("form#verwijderen button")!.ClassName);
        version = ask.QuerySelector("form#verwijderen input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(url + "?verwijderen=ja", new Dictionary<string, string> { ["Version"] = version }, "form#verwijderen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(url)).StatusCode);
        Assert.Contains("verwijderd (was: jaar 2024; bron spuk; bedrag € 12.500; toelichting Subsidie (test beëindigen); einde 30-6-2024)", await HistoryAsync(coordinator, coalition));
    }

    [Fact]
    public async Task A_partner_is_changed_stopped_and_removed_and_one_that_owns_an_activity_is_not_removed()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var admin = await DemoLogin.AdministratorAsync(app);
        var (coalition, partner, url) = await NewPartnerAsync(coordinator, "Buurtzorg Noord (test partner)");
        Assert.NotNull((await coordinator.GetDocumentAsync($"/coalities/{coalition}")).QuerySelector($"a[href='{url}']"));

        var mine = await coordinator.FieldsOfAsync(url, "form#wijzigen");
        var theirs = await admin.FieldsOfAsync(url, "form#wijzigen");
        mine["Name"] = "Buurtzorg Noord-Haarlem (test partner)";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(url, mine, "form#wijzigen")).StatusCode);
        Assert.Contains("naam Buurtzorg Noord (test partner) → Buurtzorg Noord-Haarlem (test partner)", await HistoryAsync(coordinator, coalition));
        theirs["JoinedYear"] = "2021";
        var conflict = await Forms.ParseAsync(await admin.PostFormAsync(url, theirs, "form#wijzigen"));
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", conflict.QuerySelector("#Name-fout")!.TextContent);
        Assert.Equal("2021", conflict.QuerySelector("input#JoinedYear")!.GetAttribute("value"));

        var version = (await coordinator.GetDocumentAsync(url)).QuerySelector("form#beeindigen input[name=Version]")!.GetAttribute("value")!;
        var before = await Forms.ParseAsync(await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Version"] = version, ["EndYear"] = "2020" }, "form#beeindigen"));
        Assert.Contains("voor het jaar van aansluiten (2022)", before.QuerySelector("#EndYear-fout")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Version"] = version, ["EndYear"] = "2025" }, "form#beeindigen")).StatusCode);
        await using (var scope = app.Scope())
        {
            Assert.Equal(2025, (await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Partners.AsNoTracking().SingleAsync(p => p.Id == partner)).LeftYear);
        }
        Assert.Contains("Partner Buurtzorg Noord-Haarlem (test partner) doet niet meer mee vanaf 2025", await HistoryAsync(coordinator, coalition));

        // an activity names the partner as owner: removing is refused with the activity's name
        var edit = await coordinator.GetDocumentAsync($"/coalities/{coalition}/bewerken");
        await coordinator.PostFormAsync($"/coalities/{coalition}/bewerken", new Dictionary<string, string>
        {
            ["ActivityYear"] = "2024",
            ["Title"] = "Huisbezoeken (test eigenaar)",
            ["ActionLineId"] = edit.QuerySelectorAll("select#ActionLineId option").First(o => o.GetAttribute("value") != "").GetAttribute("value")!,
            ["ActivityStatus"] = nameof(ActivityStatus.Running),
            ["OwnerPartnerId"] = partner.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "main form[action*=Activity]");
        var ask = await coordinator.GetDocumentAsync(url + "?verwijderen=ja");
        Assert.Contains("uit de telling van partners per jaar", ask.QuerySelector("#wat-er-gebeurt")!.TextContent);
        version = ask.QuerySelector("form#verwijderen input[name=Version]")!.GetAttribute("value")!;
        var refused = await Forms.ParseAsync(await coordinator.PostFormAsync(url + "?verwijderen=ja", new Dictionary<string, string> { ["Version"] = version }, "form#verwijderen"));
        Assert.Contains("eigenaar van de activiteit Huisbezoeken (test eigenaar)", refused.QuerySelector("#Remove-fout")!.TextContent);

        int activity;
        await using (var scope = app.Scope())
        {
            activity = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Activities.Where(a => a.Title == "Huisbezoeken (test eigenaar)").Select(a => a.Id).SingleAsync();
        }
        var activityUrl = $"/coalities/{coalition}/activiteiten/{activity}";
        var activityVersion = (await coordinator.GetDocumentAsync(activityUrl + "?verwijderen=ja")).QuerySelector("form#verwijderen input[name=Version]")!.GetAttribute("value")!;
        await coordinator.PostFormAsync(activityUrl + "?verwijderen=ja", new Dictionary<string, string> { ["Version"] = activityVersion }, "form#verwijderen");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(url + "?verwijderen=ja", new Dictionary<string, string> { ["Version"] = version }, "form#verwijderen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(url)).StatusCode);
        Assert.Contains("Partner Buurtzorg Noord-Haarlem (test partner) verwijderd (was: naam Buurtzorg Noord-Haarlem (test partner); soort", await HistoryAsync(coordinator, coalition));
    }

    [Fact]
    public async Task Only_who_may_edit_the_coalition_changes_its_budget_lines_and_partners()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var (_, budgetUrl) = await NewBudgetLineAsync(coordinator, "Rechten (test begroting)");
        var (_, partner, partnerUrl) = await NewPartnerAsync(coordinator, "Rechten (test partner)");
        var line = budgetUrl[(budgetUrl.LastIndexOf('/') + 1)..];
        var denHaag = await CoalitionLookup.LocalOfAsync(app, "GM0518");
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/coalities/{denHaag}/begroting/{line}")).Headers.Location));
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/coalities/{denHaag}/partners/{partner}")).Headers.Location));
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        Assert.Equal("/geen-toegang", Forms.PathOf((await professional.GetAsync(budgetUrl)).Headers.Location));
        Assert.Equal("/geen-toegang", Forms.PathOf((await professional.GetAsync(partnerUrl)).Headers.Location));
        Assert.Equal("/inloggen", Forms.PathOf((await app.NewClient().GetAsync(partnerUrl)).Headers.Location));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class BudgetAndPartnerEditSqliteTests(SqliteApp app) : BudgetAndPartnerEditTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class BudgetAndPartnerEditPostgresTests(PostgresApp app) : BudgetAndPartnerEditTests(app);
