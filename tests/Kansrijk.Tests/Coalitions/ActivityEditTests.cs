using System.Net;
using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Coalitions;

/// <summary>Issue 12 item 7: an activity is changed, ended and removed, kept in the history, and a stale save is refused.</summary>
public abstract class ActivityEditTests(KansrijkFactory app)
{
    private async Task<(int Coalition, int Activity, string Url)> NewActivityAsync(HttpClient coordinator, string title)
    {
        var id = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var edit = await coordinator.GetDocumentAsync($"/coalities/{id}/bewerken");
        var line = edit.QuerySelectorAll("select#ActionLineId option").First(o => o.GetAttribute("value") != "").GetAttribute("value")!;
        await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["ActivityYear"] = "2024",
            ["Title"] = title,
            ["ActionLineId"] = line,
            ["ActivityStatus"] = nameof(ActivityStatus.Running),
        }, "main form[action*=Activity]");
        await using var scope = app.Scope();
        var activity = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Activities.Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
        return (id, activity, $"/coalities/{id}/activiteiten/{activity}");
    }

    [Fact]
    public async Task A_coordinator_changes_an_activity_and_the_second_of_two_saves_gets_a_message_and_keeps_her_input()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var admin = await DemoLogin.AdministratorAsync(app);
        var (coalition, _, url) = await NewActivityAsync(coordinator, "Voorlichting zwangeren (test wijzigen)");
        Assert.NotNull((await coordinator.GetDocumentAsync($"/coalities/{coalition}")).QuerySelector($"a[href='{url}']"));

        // both open the form; the coordinator saves first
        var mine = await coordinator.FieldsOfAsync(url, "form#wijzigen");
        var theirs = await admin.FieldsOfAsync(url, "form#wijzigen");
        mine["Title"] = "Voorlichting zwangeren en partners (test wijzigen)";
        mine["Reach"] = "40";
        mine["ReachUnit"] = "bijeenkomsten";
        var saved = await coordinator.PostFormAsync(url, mine, "form#wijzigen");
        Assert.Equal($"/coalities/{coalition}", Forms.PathOf(saved.Headers.Location));
        var detail = await coordinator.GetDocumentAsync($"/coalities/{coalition}");
        Assert.Contains("De activiteit is gewijzigd", detail.QuerySelector("#opgeslagen")!.TextContent);
        Assert.Contains("naam Voorlichting zwangeren (test wijzigen) → Voorlichting zwangeren en partners (test wijzigen)", detail.QuerySelector("main")!.TextContent);

        // the administrator still has the old version: refused with a Dutch message, her input stays
        theirs["Title"] = "Iets heel anders (test wijzigen)";
        var conflict = await admin.PostFormAsync(url, theirs, "form#wijzigen");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await Forms.ParseAsync(conflict);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("#Title-fout")!.TextContent);
        Assert.Contains(DemoAccounts.Coordinator.Email, page.QuerySelector("#Title-fout")!.TextContent);
        Assert.Equal("Iets heel anders (test wijzigen)", page.QuerySelector("input#Title")!.GetAttribute("value"));
        // after looking again, her second save goes through
        var again = await admin.PostFormAsync(url, new Dictionary<string, string>(theirs) { ["Version"] = page.QuerySelector("form#wijzigen input[name=Version]")!.GetAttribute("value")! }, "form#wijzigen");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task An_activity_is_ended_with_a_date_and_removed_and_the_history_keeps_both()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var (coalition, activity, url) = await NewActivityAsync(coordinator, "Inloopspreekuur (test beëindigen)");
        var version = (await coordinator.GetDocumentAsync(url)).QuerySelector("form#beeindigen input[name=Version]")!.GetAttribute("value")!;
        var ended = await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Version"] = version, ["EndDate"] = "2024-06-30" }, "form#beeindigen");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await using (var scope = app.Scope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Activities.AsNoTracking().SingleAsync(a => a.Id == activity);
            Assert.Equal(new DateOnly(2024, 6, 30), stored.EndsOn);
            Assert.Equal(ActivityStatus.Completed, stored.Status);
        }
        var detail = await coordinator.GetDocumentAsync($"/coalities/{coalition}");
        Assert.Contains("Inloopspreekuur (test beëindigen) beëindigd op 30 juni 2024", detail.QuerySelector("main")!.TextContent);

        var empty = await Forms.ParseAsync(await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Version"] = "999", ["EndDate"] = "" }, "form#beeindigen"));
        Assert.Contains("Vul de einddatum in", empty.QuerySelector("#EndDate-fout")!.TextContent);

        // removing asks first and says what happens
        var ask = await coordinator.GetDocumentAsync(url + "?verwijderen=ja");
        Assert.Contains("De geschiedenis van de coalitie bewaart wat ze was", ask.QuerySelector("#wat-er-gebeurt")!.TextContent);
        Assert.Contains("utrecht-button--warning", ask.QuerySelector("form#verwijderen button")!.ClassName);
        version = ask.QuerySelector("form#verwijderen input[name=Version]")!.GetAttribute("value")!;
        var removed = await coordinator.PostFormAsync(url + "?verwijderen=ja", new Dictionary<string, string> { ["Version"] = version }, "form#verwijderen");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(url)).StatusCode);
        var after = await coordinator.GetDocumentAsync($"/coalities/{coalition}");
        Assert.Contains("Inloopspreekuur (test beëindigen) verwijderd (was: jaar 2024;", after.QuerySelector("main")!.TextContent);
        Assert.Contains(DemoAccounts.Coordinator.Email, after.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Only_who_may_edit_the_coalition_changes_its_activities()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var (_, activity, url) = await NewActivityAsync(coordinator, "Rechten (test activiteit)");
        var denHaag = await CoalitionLookup.LocalOfAsync(app, "GM0518");
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/coalities/{denHaag}/activiteiten/{activity}")).Headers.Location));
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        Assert.Equal("/geen-toegang", Forms.PathOf((await professional.GetAsync(url)).Headers.Location));
        Assert.Equal("/inloggen", Forms.PathOf((await app.NewClient().GetAsync(url)).Headers.Location));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ActivityEditSqliteTests(SqliteApp app) : ActivityEditTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ActivityEditPostgresTests(PostgresApp app) : ActivityEditTests(app);
