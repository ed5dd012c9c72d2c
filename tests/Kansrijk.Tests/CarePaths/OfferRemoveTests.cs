using System.Net;
using Kansrijk.CarePaths;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.CarePaths;

/// <summary>Issue 12 item 14: an offer is removed only after a confirmation page, and destructive care-path handlers need that page.</summary>
public abstract class OfferRemoveTests(KansrijkFactory app)
{
    /// <summary>A new offer of an organisation that only works in Haarlem.</summary>
    private async Task<int> NewHaarlemOfferAsync(string name)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var template = await db.Offers.AsNoTracking().Include(o => o.Themes)
            .Where(o => !o.National && o.Municipalities.Any() && o.Municipalities.All(m => m.MunicipalityCode == "GM0392")).OrderBy(o => o.Id).FirstAsync();
        var offer = new Offer
        {
            Name = name,
            OrganisationId = template.OrganisationId,
            LastCheckedOn = template.LastCheckedOn,
            Status = ContentStatus.Published,
            Themes = [.. template.Themes.Select(t => new OfferTheme { ThemeId = t.ThemeId })],
            Municipalities = [new OfferMunicipality { MunicipalityCode = "GM0392" }],
        };
        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer.Id;
    }

    private async Task<bool> ExistsAsync(int offer)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Offers.AnyAsync(o => o.Id == offer);
    }

    [Fact]
    public async Task A_coordinator_removes_an_offer_after_a_page_that_says_what_happens_and_the_history_keeps_it()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var offer = await NewHaarlemOfferAsync("Wandelgroep jonge ouders (test verwijderen)");
        var link = (await coordinator.GetDocumentAsync($"/zorgpaden/beheer/aanbod/{offer}")).QuerySelectorAll("main a").Single(a => a.TextContent == "Hulpaanbod verwijderen").GetAttribute("href")!;
        var confirm = await coordinator.GetDocumentAsync(link);
        Assert.Contains("verdwijnt uit de sociale kaart en uit de zorgpaden", confirm.QuerySelector("#wat-er-gebeurt")!.TextContent);
        Assert.Contains("utrecht-button--warning", confirm.QuerySelector("form#bevestigen button")!.ClassName);

        // a post that did not come from the confirmation page is asked first
        var direct = await coordinator.PostFormAsync(link, new Dictionary<string, string>(), "form#bevestigen");
        Assert.Equal(link, Forms.PathOf(direct.Headers.Location));
        Assert.True(await ExistsAsync(offer));

        var removed = await coordinator.ConfirmAsync(link);
        Assert.Equal("/zorgpaden/beheer", Forms.PathOf(removed.Headers.Location));
        Assert.False(await ExistsAsync(offer));
        Assert.Contains("is verwijderd", (await coordinator.GetDocumentAsync("/zorgpaden/beheer")).QuerySelector("#opgeslagen")!.TextContent);
        await using var scope = app.Scope();
        var history = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().CarePathChanges.AsNoTracking().Where(c => c.OfferId == offer).OrderByDescending(c => c.Id).FirstAsync();
        Assert.Equal("Aanbod Wandelgroep jonge ouders (test verwijderen) verwijderd", history.What);
        Assert.Equal(DemoAccounts.Coordinator.Email, history.ChangedBy);
    }

    [Fact]
    public async Task An_offer_that_a_care_path_agreement_chooses_is_not_removed_and_the_page_names_the_path()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var offer = await NewHaarlemOfferAsync("Spreekuur (test afspraak)");
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var path = await db.CarePaths.Where(p => p.AreaCode == "GM0392" && p.RevisionOfId == null).OrderBy(p => p.Id).FirstAsync();
            db.RoutingRules.Add(new RoutingRule { CarePathId = path.Id, OfferId = offer, Situation = "test" });
            await db.SaveChangesAsync();
        }
        var url = $"/zorgpaden/beheer/aanbod/{offer}/verwijderen";
        var page = await coordinator.GetDocumentAsync(url);
        Assert.Contains("Dit aanbod kan nog niet weg", page.QuerySelector("#wat-er-gebeurt")!.TextContent);
        Assert.Contains("in Haarlem", page.QuerySelector("#wat-er-gebeurt ul")!.TextContent);
        Assert.Null(page.QuerySelector("form#bevestigen"));

        // even a post with the right version is refused, in Dutch
        var version = await VersionOfAsync(offer);
        var refused = await coordinator.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await coordinator.TokenAsync("/zorgpaden/beheer"),
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Verwijder of wijzig eerst die afspraken", (await Forms.ParseAsync(refused)).QuerySelector(".utrecht-alert")!.TextContent);
        Assert.True(await ExistsAsync(offer));
    }

    private async Task<int> VersionOfAsync(int offer)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Offers.Where(o => o.Id == offer).Select(o => o.Version).SingleAsync();
    }

    [Fact]
    public async Task A_coordinator_cannot_remove_an_offer_of_another_municipality()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        int denHaag;
        await using (var scope = app.Scope())
        {
            denHaag = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Offers
                .Where(o => !o.National && o.Municipalities.Any() && o.Municipalities.All(m => m.MunicipalityCode == "GM0518")).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        }
        var url = $"/zorgpaden/beheer/aanbod/{denHaag}/verwijderen";
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync(url)).Headers.Location));
        var token = await coordinator.TokenAsync("/zorgpaden/beheer");
        var post = await coordinator.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = (await VersionOfAsync(denHaag)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal("/geen-toegang", Forms.PathOf(post.Headers.Location));
        Assert.True(await ExistsAsync(denHaag));
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        Assert.Equal("/geen-toegang", Forms.PathOf((await professional.GetAsync(url)).Headers.Location));
    }

    [Fact]
    public async Task Destructive_care_path_handlers_called_without_the_confirmation_page_go_there_first()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var created = await coordinator.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string> { ["Theme"] = "roken-en-alcohol", ["Municipality"] = "GM0392" });
        var editUrl = Forms.PathOf(created.Headers.Location);
        await coordinator.PostFormAsync(editUrl, new Dictionary<string, string> { ["Number"] = "1", ["Who"] = "Schuldhulpverlener", ["What"] = "Maak een afspraak." }, "main form[action$='handler=Step']");
        int step;
        await using (var scope = app.Scope())
        {
            var id = int.Parse(editUrl[(editUrl.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            step = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().CarePaths.Where(p => p.Id == id).SelectMany(p => p.Steps).Select(s => s.Id).SingleAsync();
        }
        var token = await coordinator.TokenAsync(editUrl);
        async Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> fields) =>
            await coordinator.PostAsync($"{editUrl}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));

        var removeStep = await PostAsync("RemoveStep", new() { ["stepId"] = step.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal($"{editUrl}/bevestigen/stap-verwijderen", Forms.PathOf(removeStep.Headers.Location));
        Assert.NotNull((await coordinator.GetDocumentAsync(editUrl)).QuerySelector("li.kansrijk-step[data-number='1']"));

        await coordinator.PostFormAsync(editUrl, new Dictionary<string, string>(), "main form[action*=Publish]");
        var unpublish = await PostAsync("Unpublish", []);
        Assert.Equal($"{editUrl}/bevestigen/terugzetten", Forms.PathOf(unpublish.Headers.Location));
        Assert.Equal("Gepubliceerd", (await coordinator.GetDocumentAsync(editUrl)).QuerySelector("#status")!.TextContent);
        Assert.Equal($"{editUrl}/bevestigen/afspraak-verwijderen", Forms.PathOf((await PostAsync("RemoveRule", new() { ["ruleId"] = "1" })).Headers.Location));

        var revision = Forms.PathOf((await coordinator.PostFormAsync(editUrl, new Dictionary<string, string>(), "main form[action$='handler=Revision']")).Headers.Location);
        var discard = await coordinator.PostAsync($"{revision}?handler=Discard", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal($"{revision}/bevestigen/weggooien", Forms.PathOf(discard.Headers.Location));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(revision)).StatusCode);

        // with the confirmation page's field it acts
        var confirmed = await PostAsync("Unpublish", new() { ["confirmed"] = "true" });
        Assert.Equal("Concept", (await Forms.ParseAsync(confirmed)).QuerySelector("#status")!.TextContent);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class OfferRemoveSqliteTests(SqliteApp app) : OfferRemoveTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class OfferRemovePostgresTests(PostgresApp app) : OfferRemoveTests(app);
