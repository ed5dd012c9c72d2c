using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kansrijk.CarePaths;
using Kansrijk.Demo;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.CarePaths;

/// <summary>
/// Issue 12, items 10–13 and 15, through the real app: routing asks its conditions, several themes on one page, the
/// municipality by the name people use, who to call first, and the social map grouped by reach.
/// </summary>
public abstract class CarePathFindingTests(KansrijkFactory app)
{
    private const string Unplanned = "ongeplande-of-ongewenste-zwangerschap-en-kinderwens";
    private const string Money = "financien-en-schulden";
    private const string Violence = "huiselijk-geweld-en-kindermishandeling";

    private static int Position(AngleSharp.Dom.IDocument page, string selector)
    {
        var all = page.QuerySelectorAll("*").ToList();
        var element = page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"{selector} is not on the page");
        return all.IndexOf(element);
    }

    // ---- 10: routing asks its criteria ----

    [Fact]
    public async Task The_page_asks_the_condition_of_a_rule_and_does_not_route_on_it_while_it_is_unanswered()
    {
        var client = app.NewClient();
        var page = await client.GetDocumentAsync($"/zorgpaden/GM0518/{Unplanned}?leeftijd=30&verzekerd=ja");
        var question = page.QuerySelector("select#situatie-met-schulden")!;
        Assert.Equal("Geldt dit voor haar: met schulden?", page.QuerySelector("label[for='situatie-met-schulden']")!.TextContent);
        Assert.Equal("", question.QuerySelector("option[selected]")?.GetAttribute("value") ?? "");
        var outcome = page.QuerySelector("#uitkomst")!.TextContent;
        Assert.DoesNotContain("Keuzehulp bij een onbedoelde zwangerschap", page.QuerySelector("#uitkomst ul.kansrijk-card-list")?.TextContent ?? "");
        Assert.Contains("Keuzehulp bij een onbedoelde zwangerschap", page.QuerySelector("#open-vragen")!.TextContent);
        Assert.Contains("met schulden", page.QuerySelector("#open-vragen")!.TextContent);

        var yes = await client.GetDocumentAsync($"/zorgpaden/GM0518/{Unplanned}?leeftijd=30&verzekerd=ja&situatie-met-schulden=ja");
        Assert.Contains("Keuzehulp bij een onbedoelde zwangerschap", yes.QuerySelector("#uitkomst ul.kansrijk-card-list")!.TextContent);
        Assert.Null(yes.QuerySelector("#open-vragen"));
        Assert.Equal("ja", yes.QuerySelector("select#situatie-met-schulden option[selected]")!.GetAttribute("value"));

        var no = await client.GetDocumentAsync($"/zorgpaden/GM0518/{Unplanned}?leeftijd=30&verzekerd=ja&situatie-met-schulden=nee");
        Assert.DoesNotContain("Keuzehulp bij een onbedoelde zwangerschap", no.QuerySelector("#uitkomst")!.TextContent);
        Assert.Null(no.QuerySelector("#open-vragen"));
        Assert.NotEmpty(outcome);
    }

    [Fact]
    public async Task The_api_names_its_questions_routes_only_on_answered_ones_and_documents_its_required_parameters()
    {
        var client = app.NewClient();
        var url = $"/api/v1/care-paths?municipality=GM0518&theme={Unplanned}";
        var plain = await client.GetFromJsonAsync<JsonElement>(url);
        var question = Assert.Single(plain.GetProperty("questions").EnumerateArray());
        Assert.Equal("met-schulden", question.GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("routing").ValueKind);

        var open = (await client.GetFromJsonAsync<JsonElement>(url + "&age=30&insured=true")).GetProperty("routing");
        Assert.DoesNotContain(open.GetProperty("routed").EnumerateArray(), r => r.GetProperty("offer").GetString() == "Keuzehulp bij een onbedoelde zwangerschap");
        var waiting = Assert.Single(open.GetProperty("waiting").EnumerateArray(), w => w.GetProperty("offer").GetString() == "Keuzehulp bij een onbedoelde zwangerschap");
        Assert.Contains("met schulden", waiting.GetProperty("openQuestion").GetString());

        var answered = (await client.GetFromJsonAsync<JsonElement>(url + "&age=30&insured=true&applies=met-schulden")).GetProperty("routing");
        var routed = answered.GetProperty("routed").EnumerateArray().First();
        Assert.Equal("Keuzehulp bij een onbedoelde zwangerschap", routed.GetProperty("offer").GetString());
        Assert.False(string.IsNullOrEmpty(routed.GetProperty("organisation").GetString()));
        Assert.Equal("https://fiom.nl", routed.GetProperty("website").GetString());
        Assert.False(string.IsNullOrEmpty(routed.GetProperty("access").GetString()));
        Assert.Empty(answered.GetProperty("waiting").EnumerateArray());

        var unknown = await client.GetAsync(url + "&age=30&applies=verzekerd-in-belgie");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("met-schulden", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/care-paths?theme={Unplanned}")).StatusCode);

        var document = await client.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");
        var parameters = document.GetProperty("paths").GetProperty("/care-paths").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.True(parameters["municipality"].TryGetProperty("required", out var required) && required.GetBoolean(), parameters["municipality"].ToString());
        Assert.True(parameters["theme"].GetProperty("required").GetBoolean());
        foreach (var optional in new[] { "age", "insured", "applies", "doesNotApply" })
        {
            Assert.False(parameters[optional].TryGetProperty("required", out var r) && r.GetBoolean(), parameters[optional].ToString());
            Assert.False(string.IsNullOrWhiteSpace(parameters[optional].GetProperty("description").GetString()), optional);
        }
    }

    // ---- 13: who to call comes first ----

    [Fact]
    public async Task The_outcome_and_for_safety_the_national_numbers_stand_above_the_steps()
    {
        var page = await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0392/{Violence}?leeftijd=30&verzekerd=ja");
        var safety = page.QuerySelector("#direct-hulp")!.TextContent;
        Assert.Contains("0800-2000", safety);
        Assert.Contains("0800-0113", safety);
        Assert.True(Position(page, "#direct-hulp") < Position(page, "#uitkomst"));
        Assert.True(Position(page, "#uitkomst") < Position(page, "#stappen"));
        Assert.True(Position(page, "#uitkomst") < Position(page, "#aanbod"));
        var first = page.QuerySelector("#uitkomst .kansrijk-card")!.TextContent;
        Assert.Contains("Telefoon", first);
        Assert.Contains("Hoe aanmelden", first);
        Assert.Equal("#uitkomst", page.QuerySelector("form#routering")!.GetAttribute("action"));

        var money = await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0392/{Money}");
        Assert.Null(money.QuerySelector("#direct-hulp"));
    }

    // ---- 11: several themes at once ----

    [Fact]
    public async Task Several_themes_give_one_page_routed_once_with_every_offer_once()
    {
        var client = app.NewClient();
        var chosen = await client.GetAsync($"/zorgpaden?gemeente=GM0392&thema={Money}&thema={Violence}");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal($"/zorgpaden/GM0392/{Money}+{Violence}", chosen.Headers.Location!.OriginalString);

        var page = await client.GetDocumentAsync($"/zorgpaden/GM0392/{Money}+{Violence}?leeftijd=30&verzekerd=ja");
        Assert.Single(page.QuerySelectorAll("form#routering"));
        Assert.NotNull(page.QuerySelector($"section[data-theme='{Money}']"));
        Assert.NotNull(page.QuerySelector($"section[data-theme='{Violence}']"));
        Assert.NotNull(page.QuerySelector("#direct-hulp"));
        var routed = page.QuerySelectorAll("#uitkomst li.kansrijk-card").Select(li => li.GetAttribute("data-offer")).ToList();
        Assert.True(routed.Count >= 2);
        Assert.Equal(routed.Distinct().Count(), routed.Count);
        var offers = page.QuerySelectorAll("#aanbod ~ ul.kansrijk-card-list > li").Select(li => li.GetAttribute("data-offer")).ToList();
        Assert.Equal(offers.Distinct().Count(), offers.Count);
        Assert.Contains(page.QuerySelectorAll("#uitkomst .kansrijk-source"), p => p.TextContent.StartsWith("Financiën en schulden: ", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("#uitkomst .kansrijk-source"), p => p.TextContent.StartsWith("Huiselijk geweld en kindermishandeling: ", StringComparison.Ordinal));

        var none = await Forms.ParseAsync(await client.GetAsync("/zorgpaden?gemeente=GM0392&thema="));
        Assert.Contains("Kies minstens één thema", none.QuerySelector("#themas-fout")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/zorgpaden/GM0392/{Money}+bestaat-niet")).StatusCode);
    }

    // ---- 12: the municipality by the name people use ----

    [Fact]
    public async Task Den_haag_and_den_bosch_find_their_municipality_and_the_address_of_a_municipality_lists_its_themes()
    {
        var client = app.NewClient();
        var denHaag = await client.GetAsync("/zorgpaden?gemeente=Den%20Haag");
        Assert.Equal("/zorgpaden/GM0518", denHaag.Headers.Location!.OriginalString);
        Assert.Equal("/zorgpaden/GM0796", (await client.GetAsync("/zorgpaden?gemeente=den+bosch")).Headers.Location!.OriginalString);

        var themes = await client.GetDocumentAsync("/zorgpaden/GM0518");
        Assert.Equal("Zorgpaden in 's-Gravenhage", themes.QuerySelector("#themas")!.TextContent);
        Assert.NotNull(themes.QuerySelector($"a[href='/zorgpaden/GM0518/{Unplanned}']"));
        Assert.NotNull(themes.QuerySelector("datalist#gemeenten option[value='Den Haag']"));
        Assert.Equal("gemeenten", themes.QuerySelector("input#gemeente")!.GetAttribute("list"));

        var bergen = await client.GetDocumentAsync("/zorgpaden?gemeente=Bergen");
        var choices = bergen.QuerySelectorAll("#keuzes a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/zorgpaden/GM0373", choices);
        Assert.Contains("/zorgpaden/GM0893", choices);
        Assert.Contains("Kies er een", bergen.QuerySelector("#gemeente-fout")!.TextContent);
        Assert.Contains("kennen we niet", (await client.GetDocumentAsync("/zorgpaden?gemeente=Atlantis")).QuerySelector("#gemeente-fout")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/zorgpaden/GM9999")).StatusCode);

        var areas = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?q=Den%20Haag");
        Assert.Contains(areas.GetProperty("items").EnumerateArray(), a => a.GetProperty("code").GetString() == "GM0518");
    }

    [Fact]
    public async Task A_professional_sees_her_own_municipality_preselected()
    {
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var page = await professional.GetDocumentAsync("/zorgpaden");
        Assert.Equal("'s-Gravenhage", page.QuerySelector("input#gemeente")!.GetAttribute("value"));
        Assert.Equal("Zorgpaden in 's-Gravenhage", page.QuerySelector("#themas")!.TextContent);
        var map = await professional.GetDocumentAsync("/sociale-kaart");
        Assert.Equal("GM0518", map.QuerySelector("select#gemeente option[selected]")!.GetAttribute("value"));
        // without login nothing is chosen
        Assert.Null((await app.NewClient().GetDocumentAsync("/zorgpaden")).QuerySelector("#themas"));
    }

    // ---- 14: destructive actions are confirmed ----

    [Fact]
    public async Task Removing_a_step_or_rule_unpublishing_and_discarding_ask_first_and_say_what_will_happen()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var created = await coordinator.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string> { ["Theme"] = "opvoeding-en-ouderschap", ["Municipality"] = "GM0392" });
        var editUrl = Forms.PathOf(created.Headers.Location);
        await coordinator.PostFormAsync(editUrl, new Dictionary<string, string> { ["Number"] = "1", ["Who"] = "Jeugdverpleegkundige", ["What"] = "Bespreek de opvoeding." }, "main form[action$='handler=Step']");
        var edit = await coordinator.GetDocumentAsync(editUrl);
        var homeStart = edit.QuerySelectorAll("select#RuleOfferId option").Single(o => o.TextContent.StartsWith("Home-Start", StringComparison.Ordinal)).GetAttribute("value")!;
        await coordinator.PostFormAsync(editUrl, new Dictionary<string, string> { ["RuleMinAge"] = "", ["RuleMaxAge"] = "", ["RuleOfferId"] = homeStart, ["Situation"] = "met een baby" }, "main form[action$='handler=Rule']");

        // removing the step: the button on the edit page leads to a confirmation page, not straight to the removal
        edit = await coordinator.GetDocumentAsync(editUrl);
        Assert.Null(edit.QuerySelector("main form[action$='handler=RemoveStep']"));
        var stepLink = edit.QuerySelectorAll("main a").Single(a => a.TextContent == "Stap 1 verwijderen").GetAttribute("href")!;
        var confirm = await coordinator.GetDocumentAsync(stepLink);
        Assert.Equal("Stap 1 verwijderen?", confirm.QuerySelector("h1")!.TextContent);
        Assert.Contains("Bespreek de opvoeding", confirm.QuerySelector("#wat-er-gebeurt")!.TextContent);
        Assert.Contains("utrecht-button--warning", confirm.QuerySelector("form#bevestigen button")!.ClassName);
        Assert.NotNull(confirm.QuerySelector($"a[href='{editUrl}']"));
        Assert.NotNull(edit.QuerySelector("li.kansrijk-step[data-number='1']"));
        var removed = await Forms.ParseAsync(await coordinator.ConfirmAsync(stepLink));
        Assert.Contains("De stap is verwijderd", removed.QuerySelector("#opgeslagen")!.TextContent);
        Assert.Null(removed.QuerySelector("li.kansrijk-step[data-number='1']"));

        var ruleLink = removed.QuerySelectorAll("#eigen-afspraken a").Single().GetAttribute("href")!;
        var ruleConfirm = await coordinator.GetDocumentAsync(ruleLink);
        Assert.Contains("met een baby", ruleConfirm.QuerySelector("#wat-er-gebeurt")!.TextContent);
        var noRule = await Forms.ParseAsync(await coordinator.ConfirmAsync(ruleLink));
        Assert.Empty(noRule.QuerySelectorAll("#eigen-afspraken li"));

        // a live path: taking it offline asks first, and says professionals no longer see it
        await coordinator.PostFormAsync(editUrl, new Dictionary<string, string>(), "main form[action*=Publish]");
        var live = await coordinator.GetDocumentAsync(editUrl);
        var offline = live.QuerySelectorAll("main a").Single(a => a.TextContent == "Terugzetten naar concept").GetAttribute("href")!;
        var offlineConfirm = await coordinator.GetDocumentAsync(offline);
        Assert.Contains("Professionals zien dit zorgpad niet meer", offlineConfirm.QuerySelector("#wat-er-gebeurt")!.TextContent);
        Assert.Equal("Gepubliceerd", (await coordinator.GetDocumentAsync(editUrl)).QuerySelector("#status")!.TextContent);

        // a concept of the live path: throwing it away asks first, and the live path stays
        var revision = Forms.PathOf((await coordinator.PostFormAsync(editUrl, new Dictionary<string, string>(), "main form[action$='handler=Revision']")).Headers.Location);
        var discard = (await coordinator.GetDocumentAsync(revision)).QuerySelectorAll("main a").Single(a => a.TextContent == "Concept weggooien").GetAttribute("href")!;
        Assert.Contains("gaan verloren", (await coordinator.GetDocumentAsync(discard)).QuerySelector("#wat-er-gebeurt")!.TextContent);
        var back = await coordinator.ConfirmAsync(discard);
        Assert.Equal(editUrl, Forms.PathOf(back.Headers.Location));

        var unpublished = await Forms.ParseAsync(await coordinator.ConfirmAsync(offline));
        Assert.Equal("Concept", unpublished.QuerySelector("#status")!.TextContent);

        // an action that does not apply gets no confirmation page; without login none at all
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"{editUrl}/bevestigen/weggooien")).StatusCode);
        Assert.Equal("/inloggen", Forms.PathOf((await app.NewClient().GetAsync($"{editUrl}/bevestigen/terugzetten")).Headers.Location));
    }

    // ---- 15: the social map grouped ----

    [Fact]
    public async Task The_social_map_groups_municipality_region_national_and_the_rest_each_labelled()
    {
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var organisation = new Organisation { Name = "Groepenorganisatie (test)", Phone = "023 000 0000" };
            db.Organisations.Add(organisation);
            Offer NewOffer(string name, string code, bool national = false) => new()
            {
                Organisation = organisation,
                Name = name,
                National = national,
                Status = ContentStatus.Published,
                LastCheckedOn = DateOnly.FromDateTime(DateTime.UtcNow),
                SearchKey = $"{name.ToLowerInvariant()} zzgroepwoord",
                Municipalities = [new OfferMunicipality { MunicipalityCode = code }],
            };
            db.Offers.AddRange(
                NewOffer("A landelijk", Kansrijk.Geography.Area.NetherlandsCode, national: true),
                NewOffer("B elders", "GM0014"),
                NewOffer("C regio", "GM0394"),
                NewOffer("D haarlem", "GM0392"));
            await db.SaveChangesAsync();
        }
        var page = await app.NewClient().GetDocumentAsync("/sociale-kaart?q=zzgroepwoord&gemeente=GM0392");
        var groups = page.QuerySelectorAll("section.kansrijk-result-group").ToList();
        Assert.Equal(["Municipality", "Region", "National", "Elsewhere"], groups.Select(g => g.GetAttribute("data-reach")));
        Assert.Equal(["In Haarlem", "In de regio (GGD Kennemerland)", "Landelijk: voor heel Nederland", "Elders in Nederland"], groups.Select(g => g.QuerySelector("h3")!.TextContent));
        Assert.Equal(["D haarlem", "C regio", "A landelijk", "B elders"], groups.Select(g => g.QuerySelector("h4")!.TextContent.Trim()));
        Assert.Equal("Hulpaanbod: 4 gevonden", page.QuerySelector("#resultaten")!.TextContent);
        Assert.DoesNotContain("aanbieding", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);

        var api = await app.NewClient().GetFromJsonAsync<JsonElement>("/api/v1/offers?q=zzgroepwoord&municipality=GM0392");
        Assert.Equal(["Municipality", "Region", "National", "Elsewhere"], api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reach").GetString()));
    }

    [Fact]
    public async Task An_empty_result_suggests_broader_searches_and_the_national_numbers()
    {
        var page = await app.NewClient().GetDocumentAsync("/sociale-kaart?q=zzgeenwoord+schulden&gemeente=GM0392&thema=roken-en-alcohol&taal=pl");
        Assert.Equal("Geen hulpaanbod gevonden", page.QuerySelector("#resultaten")!.TextContent);
        var broader = page.QuerySelectorAll("#breder-zoeken a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
        Assert.Contains(broader, b => b.TextContent == "Zoek in alle thema's" && b.Item2.Contains("thema=&", StringComparison.Ordinal) && b.Item2.Contains("taal=pl", StringComparison.Ordinal));
        Assert.Contains(broader, b => b.TextContent == "Zoek in alle talen" && b.Item2.Contains("taal=", StringComparison.Ordinal));
        Assert.Contains(broader, b => b.TextContent == "Zoek alleen op “zzgeenwoord”");
        Assert.Contains(broader, b => b.TextContent == "Toon al het hulpaanbod voor Haarlem");
        var numbers = page.QuerySelector("#landelijke-nummers")!.TextContent;
        Assert.Contains("0800-2000", numbers);
        Assert.Contains("0800-0113", numbers);
        Assert.NotNull(page.QuerySelector("#niets-gevonden a[href='/zorgpaden/GM0392']"));
        // following a suggestion finds something
        var all = await app.NewClient().GetDocumentAsync(broader.Single(b => b.TextContent.StartsWith("Toon al", StringComparison.Ordinal)).Item2);
        Assert.NotEmpty(all.QuerySelectorAll("ol.kansrijk-results > li"));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CarePathFindingSqliteTests(SqliteApp app) : CarePathFindingTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class CarePathFindingPostgresTests(PostgresApp app) : CarePathFindingTests(app);
