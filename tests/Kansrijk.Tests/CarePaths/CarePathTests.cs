using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kansrijk.Access;
using Kansrijk.CarePaths;
using Kansrijk.Demo;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.CarePaths;

/// <summary>Care paths and the social map through the real app, on each database.</summary>
public abstract class CarePathTests(KansrijkFactory app)
{
    private const string Unplanned = "ongeplande-of-ongewenste-zwangerschap-en-kinderwens";
    private const string Money = "financien-en-schulden";

    private async Task<JsonElement> PathApiAsync(string municipality, string theme) =>
        await app.NewClient().GetFromJsonAsync<JsonElement>($"/api/v1/care-paths?municipality={municipality}&theme={theme}");

    private async Task<int> OfferIdAsync(string name)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Offers.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    private async Task<int> PathIdAsync(string area, string theme)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().CarePaths.Where(p => p.AreaCode == area && p.Theme!.Code == theme && p.RevisionOfId == null).Select(p => p.Id).SingleAsync();
    }

    // ---- inheritance and override ----

    [Fact]
    public async Task Den_haag_replaces_a_regional_step_and_adds_one_while_delft_gets_the_regional_path_only()
    {
        var denHaag = await PathApiAsync("GM0518", Unplanned);
        Assert.True(denHaag.GetProperty("hasRegionalPath").GetBoolean());
        Assert.True(denHaag.GetProperty("hasLocalPath").GetBoolean());
        var steps = denHaag.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("number").GetInt32(), s.GetProperty("source").GetString(), s.GetProperty("replacesRegional").GetBoolean())).ToList();
        Assert.Equal([(1, "Regional", false), (2, "Local", true), (3, "Regional", false), (4, "Local", false)], steps);

        var delft = await PathApiAsync("GM0503", Unplanned);
        Assert.False(delft.GetProperty("hasLocalPath").GetBoolean());
        var delftSteps = delft.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(3, delftSteps.Count);
        Assert.All(delftSteps, s => Assert.Equal("Regional", s.GetProperty("source").GetString()));
        Assert.Contains("keuzehulp in de regio", delftSteps[1].GetProperty("what").GetString());

        var page = await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0518/{Unplanned}");
        var step2 = page.QuerySelector("li.kansrijk-step[data-number='2']")!;
        Assert.Equal("Local", step2.GetAttribute("data-source"));
        Assert.Contains("vervangt de regionale stap", step2.TextContent);
        Assert.Contains("Regionaal (GGD Haaglanden)", page.QuerySelector("li.kansrijk-step[data-number='1']")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".kansrijk-part").Length);
    }

    // ---- routing ----

    [Theory]
    [InlineData("26", "Begeleiding jonge moeders", "Keuzehulp bij een onbedoelde zwangerschap")]
    [InlineData("27", "Keuzehulp bij een onbedoelde zwangerschap", "Begeleiding jonge moeders")]
    public async Task The_routing_form_picks_the_offer_by_age_on_each_side_of_the_boundary(string age, string expected, string notExpected)
    {
        var page = await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0518/{Unplanned}?leeftijd={age}&verzekerd=&situatie-met-schulden=ja");
        var result = page.QuerySelector("#uitkomst")!;
        var names = result.QuerySelectorAll("h4").Select(h => h.TextContent).ToList();
        Assert.StartsWith(expected, names[0].Trim());
        Assert.DoesNotContain(names, n => n.Contains(notExpected));
        Assert.Equal(age, page.QuerySelector("input#leeftijd")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_age_that_is_not_a_number_is_refused_at_the_field_and_the_page_is_not_cached()
    {
        var response = await app.NewClient().GetAsync($"/zorgpaden/GM0518/{Unplanned}?leeftijd=twintig");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await Forms.ParseAsync(response);
        Assert.Contains("heel getal", page.QuerySelector("#leeftijd-fout")!.TextContent);
        Assert.Null(page.QuerySelector("#uitkomst"));
    }

    [Fact]
    public async Task A_path_without_published_offers_says_so_and_gives_the_national_number()
    {
        var page = await app.NewClient().GetDocumentAsync("/zorgpaden/GM0014/psychische-problematiek");
        var none = page.QuerySelector("#geen-aanbod")!.TextContent;
        Assert.Contains("nog geen gepubliceerd hulpaanbod", none);
        Assert.Contains("0800-0113", none);
        Assert.Contains("GGD Groningen", none);
        Assert.NotNull(page.QuerySelector("#geen-pad"));
    }

    // ---- search ----

    [Fact]
    public async Task Search_ignores_accents_and_case_and_puts_the_chosen_municipality_first()
    {
        var client = app.NewClient();
        var plain = await client.GetFromJsonAsync<JsonElement>("/api/v1/offers?q=financien&municipality=GM0392");
        var accented = await client.GetFromJsonAsync<JsonElement>("/api/v1/offers?q=FINANCI%C3%8BN&municipality=GM0392");
        Assert.True(plain.GetProperty("total").GetInt32() >= 5);
        Assert.Equal(plain.GetProperty("total").GetInt32(), accented.GetProperty("total").GetInt32());
        var flags = plain.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("servesMunicipality").GetBoolean()).ToList();
        Assert.True(flags[0]);
        // the municipality, then its region, then national, then the rest
        var reach = plain.GetProperty("items").EnumerateArray().Select(r => Enum.Parse<OfferReach>(r.GetProperty("reach").GetString()!)).ToList();
        Assert.Equal(reach.Order(), reach);
        Assert.Contains(plain.GetProperty("items").EnumerateArray(), r => !r.GetProperty("servesMunicipality").GetBoolean());
        var first = plain.GetProperty("items")[0].GetProperty("offer");
        Assert.Contains("GM0392", first.GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(Money, first.GetProperty("themes").EnumerateArray().Select(m => m.GetString()));

        var groningen = await client.GetFromJsonAsync<JsonElement>("/api/v1/offers?q=financien&municipality=GM0014");
        Assert.Equal("Hulp bij geld en wonen", groningen.GetProperty("items")[0].GetProperty("offer").GetProperty("name").GetString());

        var page = await client.GetDocumentAsync("/sociale-kaart?q=Financi%C3%ABn&gemeente=GM0014");
        var items = page.QuerySelectorAll("ol.kansrijk-results > li").ToList();
        Assert.Equal("ja", items[0].GetAttribute("data-local"));
        Assert.Contains("Hulp bij geld en wonen", items[0].TextContent);
        Assert.Contains("voorbeeld", items[0].TextContent);
    }

    [Fact]
    public async Task A_common_word_with_more_than_a_thousand_offers_still_puts_the_municipality_first_and_pages_in_name_order()
    {
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var organisation = new Organisation { Name = "Bulkorganisatie (test)", Phone = "010 000 0000" };
            db.Organisations.Add(organisation);
            db.Offers.AddRange(Enumerable.Range(0, 1100).Select(i => new Offer
            {
                Organisation = organisation,
                Name = $"Bulkaanbod {1100 - i:0000}",
                Status = ContentStatus.Published,
                LastCheckedOn = DateOnly.FromDateTime(DateTime.UtcNow),
                SearchKey = $"bulkaanbod zzbulkwoord {i}",
                Municipalities = [new OfferMunicipality { MunicipalityCode = i % 11 == 0 ? "GM0392" : "GM0014" }],
            }));
            await db.SaveChangesAsync();
        }
        var client = app.NewClient();
        async Task<List<(string Name, bool Local)>> PageAsync(int page) =>
            [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/offers?q=ZZBULKWOORD&municipality=GM0392&page={page}")).GetProperty("items").EnumerateArray()
                .Select(r => (r.GetProperty("offer").GetProperty("name").GetString()!, r.GetProperty("servesMunicipality").GetBoolean()))];
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/offers?q=zzbulkwoord&municipality=GM0392");
        Assert.Equal(CarePathQueries.CountLimit, first.GetProperty("total").GetInt32());
        var page4 = await PageAsync(4);
        var page5 = await PageAsync(5);
        Assert.All(page4, h => Assert.True(h.Local));
        Assert.All(page5, h => Assert.False(h.Local));
        Assert.Equal(25, page5.Count);
        Assert.Equal(page4.Select(h => h.Name).Order(StringComparer.Ordinal), page4.Select(h => h.Name));
        Assert.Equal(page5.Select(h => h.Name).Order(StringComparer.Ordinal), page5.Select(h => h.Name));
        var page = await client.GetDocumentAsync("/sociale-kaart?q=zzbulkwoord");
        Assert.Equal("Hulpaanbod: meer dan 999 gevonden", page.QuerySelector("#resultaten")!.TextContent);
    }

    [Fact]
    public async Task Theme_and_language_filter_the_social_map()
    {
        var client = app.NewClient();
        var polish = await client.GetFromJsonAsync<JsonElement>("/api/v1/offers?language=pl");
        Assert.All(polish.GetProperty("items").EnumerateArray(), r => Assert.Contains("pl", r.GetProperty("offer").GetProperty("languages").EnumerateArray().Select(l => l.GetString())));
        Assert.Contains(polish.GetProperty("items").EnumerateArray(), r => r.GetProperty("offer").GetProperty("name").GetString() == "Schuldhulpverlening");
        var violence = await client.GetFromJsonAsync<JsonElement>("/api/v1/offers?theme=huiselijk-geweld-en-kindermishandeling&municipality=GM0392");
        var first = violence.GetProperty("items")[0];
        Assert.Equal("Veilig Thuis", first.GetProperty("offer").GetProperty("organisation").GetString());
        Assert.True(first.GetProperty("servesMunicipality").GetBoolean());
        Assert.Equal("0800-2000", first.GetProperty("offer").GetProperty("contact").GetProperty("phone").GetString());
        Assert.False(first.GetProperty("offer").GetProperty("example").GetBoolean());
        var none = await client.GetFromJsonAsync<JsonElement>("/api/v1/offers?q=zzzgeenwoord");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    // ---- rights, drafts, history ----

    [Fact]
    public async Task Readers_cannot_edit_and_the_haarlem_coordinator_cannot_touch_den_haag_or_the_whole_region()
    {
        Assert.Equal("/inloggen", Forms.PathOf((await app.NewClient().GetAsync("/zorgpaden/beheer")).Headers.Location));
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        Assert.Equal("/geen-toegang", Forms.PathOf((await professional.GetAsync("/zorgpaden/beheer")).Headers.Location));
        Assert.Equal(HttpStatusCode.Forbidden, (await professional.PostAsync("/api/v1/social-map-imports", new StringContent("x", Encoding.UTF8, "text/csv"))).StatusCode);

        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var denHaag = await PathIdAsync("GM0518", Unplanned);
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/zorgpaden/beheer/paden/{denHaag}")).Headers.Location));
        var regional = await PathIdAsync("GG3109", "huiselijk-geweld-en-kindermishandeling");
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/zorgpaden/beheer/paden/{regional}")).Headers.Location));
        var ljm = await OfferIdAsync("Begeleiding jonge moeders");
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/zorgpaden/beheer/aanbod/{ljm}")).Headers.Location));

        var refused = await Forms.ParseAsync(await coordinator.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string>
        {
            ["Theme"] = "roken-en-alcohol",
            ["Region"] = "GG3109",
        }));
        Assert.Contains("alle gemeenten van de regio", refused.QuerySelector("#Region-fout")!.TextContent);
        Assert.Equal("GG3109", refused.QuerySelector("select#Region option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_coordinator_drafts_a_path_that_only_editors_see_until_it_is_published_and_the_history_keeps_who_and_what()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var created = await coordinator.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string> { ["Theme"] = "laaggeletterdheid-en-taal", ["Municipality"] = "GM0392" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = Forms.PathOf(created.Headers.Location);

        var step = await Forms.ParseAsync(await coordinator.PostFormAsync(editUrl, new Dictionary<string, string>
        {
            ["Number"] = "1",
            ["Who"] = "Verloskundige",
            ["What"] = "Vraag of zij de brieven van de zorg kan lezen.",
            ["WarmHandover"] = "true",
        }, "main form[action$='handler=Step']"));
        Assert.Contains("Stap 1 is toegevoegd", step.QuerySelector("#opgeslagen")!.TextContent);

        var anonymous = app.NewClient();
        Assert.False((await PathApiAsync("GM0392", "laaggeletterdheid-en-taal")).GetProperty("hasLocalPath").GetBoolean());
        Assert.Null((await anonymous.GetDocumentAsync("/zorgpaden/GM0392/laaggeletterdheid-en-taal")).QuerySelector("#stappen"));
        var preview = await coordinator.GetDocumentAsync("/zorgpaden/GM0392/laaggeletterdheid-en-taal");
        Assert.NotNull(preview.QuerySelector("#concept-melding"));
        Assert.Contains("brieven van de zorg", preview.QuerySelector("#stappen + ol")!.TextContent);

        var published = await Forms.ParseAsync(await coordinator.PostFormAsync(editUrl, new Dictionary<string, string>(), "main form[action*=Publish]"));
        Assert.Equal("Gepubliceerd", published.QuerySelector("#status")!.TextContent);
        var path = await PathApiAsync("GM0392", "laaggeletterdheid-en-taal");
        Assert.True(path.GetProperty("hasLocalPath").GetBoolean());
        Assert.True(path.GetProperty("steps")[0].GetProperty("warmHandover").GetBoolean());

        var history = published.QuerySelectorAll("#geschiedenis tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, history.Count);
        Assert.All(history, h => Assert.Contains(DemoAccounts.Coordinator.Email, h));
        Assert.Contains("Gepubliceerd", history[0]);
        Assert.Contains("Stap 1 toegevoegd: Verloskundige", history[1]);
        Assert.Contains("aangemaakt (concept)", history[2]);
    }

    [Fact]
    public async Task A_coordinator_of_a_coalition_edits_the_paths_of_its_municipality()
    {
        const string password = "Coalitie-wachtwoord-7";
        var email = $"coalitie-{Guid.NewGuid():N}@example.nl";
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var coalition = await db.Coalitions.Where(c => c.Kind == Kansrijk.Coalitions.CoalitionKind.Local && c.Municipalities.Any(m => m.MunicipalityCode == "GM0518")).Select(c => c.Id).FirstAsync();
            var user = new User { UserName = email, Email = email, DisplayName = "Coalitie Coördinator" };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Coordinator, ScopeType = ScopeType.Coalition, ScopeId = coalition.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            await db.SaveChangesAsync();
        }
        var client = app.NewClient();
        Assert.Equal("/", Forms.PathOf((await client.LoginAsync(email, password)).Headers.Location));
        var denHaag = await PathIdAsync("GM0518", Unplanned);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/zorgpaden/beheer/paden/{denHaag}")).StatusCode);
        var haarlem = await PathIdAsync("GM0392", Money);
        Assert.Equal("/geen-toegang", Forms.PathOf((await client.GetAsync($"/zorgpaden/beheer/paden/{haarlem}")).Headers.Location));
    }

    [Fact]
    public async Task An_administrator_may_make_a_regional_path_and_the_region_must_be_the_municipality_s_own()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var wrong = await Forms.ParseAsync(await admin.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string>
        {
            ["Theme"] = "tienerzwangerschap",
            ["Municipality"] = "GM0392",
            ["Region"] = "GG7014",
        }));
        Assert.Contains("Haarlem hoort niet bij GGD Haaglanden", wrong.QuerySelector("#Region-fout")!.TextContent);
        // the municipality is picked from a select grouped by province, by name; what was chosen stays chosen
        Assert.Equal("GM0392", wrong.QuerySelector("select#Municipality option[selected]")!.GetAttribute("value"));
        Assert.Equal("Haarlem", wrong.QuerySelector("select#Municipality option[selected]")!.TextContent);
        Assert.Equal("Noord-Holland", wrong.QuerySelector("select#Municipality option[selected]")!.ParentElement!.GetAttribute("label"));

        var regional = await admin.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string> { ["Theme"] = "tienerzwangerschap", ["Region"] = "GG3109" });
        Assert.Equal(HttpStatusCode.Redirect, regional.StatusCode);
        var twice = await Forms.ParseAsync(await admin.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string> { ["Theme"] = "tienerzwangerschap", ["Region"] = "GG3109" }));
        Assert.Contains("Er is al een zorgpad", twice.QuerySelector("#Theme-fout")!.TextContent);
    }

    [Fact]
    public async Task An_administrator_adds_a_theme_that_coordinators_cannot_add()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync("/zorgpaden/beheer/themas")).Headers.Location));
        var admin = await DemoLogin.AdministratorAsync(app);
        var empty = await Forms.ParseAsync(await admin.PostFormAsync("/zorgpaden/beheer/themas", new Dictionary<string, string> { ["Name"] = "  " }));
        Assert.Contains("Vul de naam", empty.QuerySelector("#Name-fout")!.TextContent);
        var added = await Forms.ParseAsync(await admin.PostFormAsync("/zorgpaden/beheer/themas", new Dictionary<string, string> { ["Name"] = "Mantelzorg en zorg voor één ander" }));
        Assert.Contains("mantelzorg-en-zorg-voor-een-ander", added.QuerySelector("#opgeslagen")!.TextContent);
        var twice = await Forms.ParseAsync(await admin.PostFormAsync("/zorgpaden/beheer/themas", new Dictionary<string, string> { ["Name"] = "Mantelzorg en zorg voor een ander" }));
        Assert.Contains("bestaat al", twice.QuerySelector("#Name-fout")!.TextContent);
        var index = await app.NewClient().GetDocumentAsync("/zorgpaden/GM0392");
        Assert.NotNull(index.QuerySelector("a[href='/zorgpaden/GM0392/mantelzorg-en-zorg-voor-een-ander']"));
    }

    // ---- bad input ----

    [Fact]
    public async Task Routing_rules_with_an_empty_or_overlapping_age_range_are_refused_at_the_field()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var publishedUrl = $"/zorgpaden/beheer/paden/{await PathIdAsync("GM0392", Money)}";
        var concept = await coordinator.PostFormAsync(publishedUrl, new Dictionary<string, string>(), "main form[action$='handler=Revision']");
        var editUrl = Forms.PathOf(concept.Headers.Location);
        Assert.NotEqual(publishedUrl, editUrl);
        var schuldhulp = (await OfferIdAsync("Schuldhulpverlening")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var wijkteam = (await OfferIdAsync("Ondersteuning thuis door het Sociaal Wijk Team")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Rule(string min, string max, string offer, string situation = "") =>
            new() { ["RuleMinAge"] = min, ["RuleMaxAge"] = max, ["RuleOfferId"] = offer, ["Situation"] = situation };

        var empty = await Forms.ParseAsync(await coordinator.PostFormAsync(editUrl, Rule("30", "20", schuldhulp), "main form[action$='handler=Rule']"));
        Assert.Contains("leeftijdsgrens is leeg", empty.QuerySelector("#RuleMaxAge-fout")!.TextContent);
        Assert.Equal("30", empty.QuerySelector("input#RuleMinAge")!.GetAttribute("value"));

        var first = await Forms.ParseAsync(await coordinator.PostFormAsync(editUrl, Rule("", "23", wijkteam), "main form[action$='handler=Rule']"));
        Assert.NotNull(first.QuerySelector("#opgeslagen"));
        var overlap = await Forms.ParseAsync(await coordinator.PostFormAsync(editUrl, Rule("23", "40", schuldhulp), "main form[action$='handler=Rule']"));
        Assert.Contains("overlappen met de afspraak voor tot en met 23 jaar", overlap.QuerySelector("#RuleMinAge-fout")!.TextContent);
        var next = await Forms.ParseAsync(await coordinator.PostFormAsync(editUrl, Rule("24", "", schuldhulp), "main form[action$='handler=Rule']"));
        Assert.NotNull(next.QuerySelector("#opgeslagen"));
        Assert.Equal(publishedUrl, Forms.PathOf((await coordinator.PostFormAsync(editUrl, new Dictionary<string, string>(), "main form[action$='handler=Publish']")).Headers.Location));

        var routed = await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0392/{Money}?leeftijd=24");
        Assert.Contains("Schuldhulpverlening", routed.QuerySelector("#uitkomst h4")!.TextContent);
        var young = await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0392/{Money}?leeftijd=23");
        Assert.Contains("Sociaal Wijk Team", young.QuerySelector("#uitkomst h4")!.TextContent);
    }

    // ---- concept of a published path ----

    [Fact]
    public async Task Changes_to_a_published_path_wait_in_a_concept_until_it_is_published_and_a_discarded_concept_changes_nothing()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var publishedUrl = $"/zorgpaden/beheer/paden/{await PathIdAsync("GM0392", Money)}";
        var made = await coordinator.PostFormAsync(publishedUrl, new Dictionary<string, string>(), "main form[action$='handler=Revision']");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var conceptUrl = Forms.PathOf(made.Headers.Location);
        var direct = await Forms.ParseAsync(await coordinator.PostAsync(publishedUrl + "?handler=Step", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Number"] = "9",
            ["Who"] = "Direct",
            ["What"] = "Mag niet direct",
            ["__RequestVerificationToken"] = (await coordinator.GetDocumentAsync(publishedUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        })));
        Assert.Contains("Maak eerst een concept", direct.QuerySelector("#geweigerd")!.TextContent);
        var publishedPage = await coordinator.GetDocumentAsync(publishedUrl);
        Assert.Equal("Verder met het concept", publishedPage.QuerySelector($"a[href='{conceptUrl}']")!.TextContent);

        var step = await Forms.ParseAsync(await coordinator.PostFormAsync(conceptUrl, new Dictionary<string, string>
        {
            ["Number"] = "8",
            ["Who"] = "De schuldhulpmaatje (test)",
            ["What"] = "Loopt mee naar het eerste gesprek.",
        }, "main form[action$='handler=Step']"));
        Assert.NotNull(step.QuerySelector("#opgeslagen"));
        var publicBefore = await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0392/{Money}");
        Assert.DoesNotContain("schuldhulpmaatje (test)", publicBefore.QuerySelector("main")!.TextContent);
        Assert.Contains("schuldhulpmaatje (test)", (await coordinator.GetDocumentAsync($"/zorgpaden/GM0392/{Money}")).QuerySelector("main")!.TextContent); // preview

        var published = await coordinator.PostFormAsync(conceptUrl, new Dictionary<string, string>(), "main form[action$='handler=Publish']");
        Assert.Equal(publishedUrl, Forms.PathOf(published.Headers.Location));
        Assert.Contains("schuldhulpmaatje (test)", (await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0392/{Money}")).QuerySelector("main")!.TextContent);
        var history = (await coordinator.GetDocumentAsync(publishedUrl)).QuerySelector("main")!.TextContent;
        Assert.Contains("Concept: Stap 8 toegevoegd", history);
        Assert.Contains("Concept gepubliceerd", history);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(conceptUrl)).StatusCode);

        var second = await coordinator.PostFormAsync(publishedUrl, new Dictionary<string, string>(), "main form[action$='handler=Revision']");
        var secondUrl = Forms.PathOf(second.Headers.Location);
        // "Concept weggooien" asks first; its warning button posts to the Discard handler
        await coordinator.PostFormAsync($"{secondUrl}/bevestigen/weggooien", new Dictionary<string, string> { ["confirmed"] = "true" }, "form#bevestigen");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(secondUrl)).StatusCode);
        Assert.Contains("schuldhulpmaatje (test)", (await app.NewClient().GetDocumentAsync($"/zorgpaden/GM0392/{Money}")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_offer_without_a_way_to_reach_it_or_with_a_false_phone_or_email_is_refused_and_keeps_what_was_typed()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var made = await coordinator.PostFormAsync("/zorgpaden/beheer/organisaties/nieuw", new Dictionary<string, string> { ["Name"] = "Stichting Zonder Nummer (test)", ["Municipalities"] = "GM0392" });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var organisationId = Forms.PathOf(made.Headers.Location).Split('/').Last();
        var badOrganisation = await Forms.ParseAsync(await coordinator.PostFormAsync("/zorgpaden/beheer/organisaties/nieuw", new Dictionary<string, string> { ["Name"] = "X", ["Phone"] = "bel ons" }));
        Assert.Contains("geen telefoonnummer", badOrganisation.QuerySelector("#Phone-fout")!.TextContent);

        var fields = new Dictionary<string, string>
        {
            ["OrganisationId"] = organisationId,
            ["Name"] = "Taalcafé voor moeders",
            ["Description"] = "Samen Nederlands oefenen.",
            ["Themes"] = "laaggeletterdheid-en-taal",
            ["Access"] = nameof(OfferAccess.SelfReferral),
            ["Insurance"] = nameof(InsuranceCriterion.Any),
            ["Languages"] = "nl, ar",
            ["Municipalities"] = "GM0392",
        };
        var unreachable = await Forms.ParseAsync(await coordinator.PostFormAsync("/zorgpaden/beheer/aanbod/nieuw", fields));
        Assert.Contains("niet te bereiken", unreachable.QuerySelector("#Phone-fout")!.TextContent);
        Assert.Equal("Taalcafé voor moeders", unreachable.QuerySelector("input#Name")!.GetAttribute("value"));
        Assert.NotNull(unreachable.QuerySelector("input[name=Themes][value=laaggeletterdheid-en-taal][checked]"));
        // languages are ticked boxes; the typed list "nl, ar" comes back as two ticked boxes, English stays unticked
        Assert.NotNull(unreachable.QuerySelector("input[type=checkbox][name=Languages][value=ar][checked]"));
        Assert.NotNull(unreachable.QuerySelector("input[type=checkbox][name=Languages][value=nl][checked]"));
        Assert.Null(unreachable.QuerySelector("input[type=checkbox][name=Languages][value=en][checked]"));

        var wrong = await Forms.ParseAsync(await coordinator.PostFormAsync("/zorgpaden/beheer/aanbod/nieuw", new Dictionary<string, string>(fields)
        {
            ["Phone"] = "023-12",
            ["Email"] = "taalcafe at example.org",
            ["Municipalities"] = "GM0392, GM0518",
            ["MinAge"] = "30",
            ["MaxAge"] = "18",
        }));
        Assert.Contains("geen telefoonnummer", wrong.QuerySelector("#Phone-fout")!.TextContent);
        Assert.Contains("geen e-mailadres", wrong.QuerySelector("#Email-fout")!.TextContent);
        Assert.Contains("'s-Gravenhage valt erbuiten", wrong.QuerySelector("#Municipalities-fout")!.TextContent);
        Assert.Contains("leeftijdsgrens is leeg", wrong.QuerySelector("#MaxAge-fout")!.TextContent);
        Assert.Equal("taalcafe at example.org", wrong.QuerySelector("input#Email")!.GetAttribute("value"));

        var saved = await coordinator.PostFormAsync("/zorgpaden/beheer/aanbod/nieuw", new Dictionary<string, string>(fields) { ["Email"] = "taalcafe@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(0, (await app.NewClient().GetFromJsonAsync<JsonElement>("/api/v1/offers?q=taalcafe")).GetProperty("total").GetInt32());
        var offerUrl = Forms.PathOf(saved.Headers.Location);
        await coordinator.PostFormAsync(offerUrl, new Dictionary<string, string>(), "main form[action*=Publish]");
        var found = await app.NewClient().GetFromJsonAsync<JsonElement>("/api/v1/offers?q=taalcafe&municipality=GM0392");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal("taalcafe@example.org", found.GetProperty("items")[0].GetProperty("offer").GetProperty("contact").GetProperty("email").GetString());

        // the coordinator marks an offer as the prenatal home visit in the editor; unticking takes it off again
        var offerId = int.Parse(offerUrl.Split('/').Last());
        async Task<bool> HomeVisitFlagAsync()
        {
            await using var scope = app.Scope();
            return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Offers.Where(o => o.Id == offerId).Select(o => o.IsPrenatalHomeVisit).SingleAsync();
        }
        Assert.False(await HomeVisitFlagAsync());
        var edit = new Dictionary<string, string>(fields) { ["Email"] = "taalcafe@example.org", ["PrenatalHomeVisit"] = "true" };
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(offerUrl, edit, "#aanbod-formulier")).StatusCode);
        Assert.True(await HomeVisitFlagAsync());
        Assert.NotNull((await coordinator.GetDocumentAsync(offerUrl)).QuerySelector("input[name=PrenatalHomeVisit][checked]"));
    }

    // ---- reminder ----

    [Fact]
    public async Task The_start_page_reminds_the_coordinator_of_offers_not_checked_for_a_year_and_checking_one_counts_down()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        int Count(AngleSharp.Html.Dom.IHtmlDocument page) => int.Parse(new string([.. page.QuerySelector("#herinnering-aanbod")!.TextContent.Trim().TakeWhile(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
        var before = Count(await coordinator.GetDocumentAsync("/"));
        Assert.True(before >= 1);
        Assert.Null((await app.NewClient().GetDocumentAsync("/")).QuerySelector("#herinnering-aanbod"));
        Assert.Null((await (await DemoLogin.AsAsync(app, DemoAccounts.Professional)).GetDocumentAsync("/")).QuerySelector("#herinnering-aanbod"));

        var overview = await coordinator.GetDocumentAsync("/zorgpaden/beheer");
        var rows = overview.QuerySelectorAll("#te-controleren tbody tr").ToList();
        Assert.Equal(before, rows.Count);
        var offerId = rows[0].GetAttribute("data-offer")!;
        var after = await Forms.ParseAsync(await coordinator.PostFormAsync("/zorgpaden/beheer", new Dictionary<string, string> { ["offerId"] = offerId }, $"main tr[data-offer='{offerId}'] form"));
        Assert.Contains("gecontroleerd", after.QuerySelector("#opgeslagen")!.TextContent);
        var home = await coordinator.GetDocumentAsync("/");
        if (before == 1) Assert.Null(home.QuerySelector("#herinnering-aanbod"));
        else Assert.Equal(before - 1, Count(home));
    }

    // ---- import and export ----

    /// <summary>A file as made before the optional last column (prenataal_huisbezoek) existed: it still imports.</summary>
    private static string Csv(params string[] rows) => string.Join('\n', [string.Join(';', SocialMapTransfer.Columns[..^1]), .. rows]) + "\n";

    [Fact]
    public async Task The_import_reads_the_prenatal_home_visit_column_with_its_errors_and_the_export_writes_it()
    {
        Assert.Equal(SocialMapTransfer.PrenatalHomeVisitColumn, SocialMapTransfer.Columns[^1]);
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        string File(params string[] rows) => string.Join('\n', [string.Join(';', SocialMapTransfer.Columns), .. rows]) + "\n";
        const string Organisation = "JGZ Importregio (test);JGZ;;023 000 0097;;;;";
        var wrong = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent(File(
            Organisation + "Huisbezoek zwangeren;Een bezoek thuis.;opvoeding-en-ouderschap;;;;beide;nl;;zelf;;;;GM0392;;;ja",
            Organisation + "Spreekuur JGZ;Vragen stellen.;opvoeding-en-ouderschap;;;;beide;nl;;zelf;;;;GM0392;;;misschien"), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var error = Assert.Single((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal(SocialMapTransfer.PrenatalHomeVisitColumn, error.GetProperty("column").GetString());
        Assert.Contains("ja of nee", error.GetProperty("message").GetString());

        var ok = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent(File(
            Organisation + "Huisbezoek zwangeren;Een bezoek thuis.;opvoeding-en-ouderschap;;;;beide;nl;;zelf;;;;GM0392;;;Ja",
            Organisation + "Spreekuur JGZ;Vragen stellen.;opvoeding-en-ouderschap;;;;beide;nl;;zelf;;;;GM0392;;;"), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var marks = await db.Offers.Where(o => o.Organisation!.Name == "JGZ Importregio (test)").ToDictionaryAsync(o => o.Name, o => o.IsPrenatalHomeVisit);
            Assert.True(marks["Huisbezoek zwangeren"]);
            Assert.False(marks["Spreekuur JGZ"]);
        }
        // The export writes the mark: the demo's home visit offer is published in Haarlem.
        var export = (await app.NewClient().GetStringAsync("/api/v1/social-maps/GM0392?format=csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(";" + SocialMapTransfer.PrenatalHomeVisitColumn, export[0].TrimEnd('\r'));
        Assert.Contains(export, l => l.Contains("Prenataal huisbezoek door de JGZ") && l.TrimEnd('\r').EndsWith(";ja", StringComparison.Ordinal));
        Assert.Contains(export, l => l.Contains("Schuldhulpverlening") && l.TrimEnd('\r').EndsWith(";nee", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_import_with_errors_stores_nothing_and_names_row_column_and_reason()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var csv = Csv(
            "Importhuis Haarlem (test);Buurthuis;;023 000 0099;;;;Koffieochtend;Samen koffie drinken.;opvoeding-en-ouderschap;;;;beide;nl;;zelf;;;;GM0392;;",
            "Importhuis Haarlem (test);Buurthuis;;023 000 0099;;;;Spreekuur;Vragen stellen.;onbekend-thema;;30;20;soms;nl|xx;;misschien;12;geen-mail;;GM0518;;2099-01-01",
            "Stille Stichting (test);;;;;;;Niets;Onbereikbaar.;opvoeding-en-ouderschap;;;;beide;nl;;zelf;;;;GM0392;;");
        var response = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.DoesNotContain(errors, e => e.Row == 2);
        Assert.Contains(errors, e => e is { Row: 3, Column: "themas" } && e.Message.Contains("onbekend-thema"));
        Assert.Contains(errors, e => e is { Row: 3, Column: "verzekering" });
        Assert.Contains(errors, e => e is { Row: 3, Column: "toegang" });
        Assert.Contains(errors, e => e is { Row: 3, Column: "talen" } && e.Message.Contains("xx"));
        Assert.Contains(errors, e => e is { Row: 3, Column: "telefoon" });
        Assert.Contains(errors, e => e is { Row: 3, Column: "email" });
        Assert.Contains(errors, e => e is { Row: 3, Column: "gemeenten" } && e.Message.Contains("'s-Gravenhage"));
        Assert.Contains(errors, e => e is { Row: 3, Column: "laatst_gecontroleerd" });
        Assert.Contains(errors, e => e is { Row: 4, Column: "telefoon" } && e.Message.Contains("niet te bereiken"));
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Importhuis Haarlem (test)"));

        var header = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent("naam;telefoon\nA;B\n", Encoding.UTF8, "text/csv"));
        var headerError = (await header.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(1, headerError.GetProperty("row").GetInt32());
        Assert.Contains("Ontbreekt: organisatie", headerError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_good_csv_and_json_import_arrive_as_drafts_and_the_export_gives_the_same_columns_back()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var csv = Csv("Importhuis Zandvoort (test);Buurthuis;Strandweg 1;023 000 0098;;;;Inloop voor ouders;Praten met andere ouders.;opvoeding-en-ouderschap|opvoeding-en-ouderschap;Ouders;;;beide;nl|en;Gratis;zelf;;;;GM0392;;2026-01-15");
        var ok = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var result = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("offers").GetInt32());
        Assert.Equal(1, result.GetProperty("newOrganisations").GetInt32());
        var again = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Contains("staat al in Kansrijk", await again.Content.ReadAsStringAsync());

        var json = """[{"organisatie": "Importhuis Zandvoort (test)", "aanbod": "Babymassage", "beschrijving": "Les in babymassage.", "themas": ["opvoeding-en-ouderschap"], "verzekering": "beide", "toegang": "zelf", "talen": "nl", "gemeenten": ["GM0392"], "leeftijd_vanaf": 16}]""";
        var jsonOk = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, jsonOk.StatusCode);
        var badJson = await coordinator.PostAsync("/api/v1/social-map-imports", new StringContent("""[{"organisatie": "Y", "aanbod": "Z", "kleur": "rood"}]""", Encoding.UTF8, "application/json"));
        var badErrors = (await badJson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(badErrors, e => e.GetProperty("row").GetInt32() == 1 && e.GetProperty("column").GetString() == "kleur");

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var imported = await db.Offers.Include(o => o.Themes).Where(o => o.Organisation!.Name == "Importhuis Zandvoort (test)").ToListAsync();
            Assert.Equal(2, imported.Count);
            Assert.All(imported, o => Assert.Equal(ContentStatus.Draft, o.Status));
            Assert.Single(imported.Single(o => o.Name == "Inloop voor ouders").Themes);
            Assert.Equal(16, imported.Single(o => o.Name == "Babymassage").MinAge);
            Assert.True(await db.CarePathChanges.AnyAsync(c => c.What == "Aanbod Babymassage geïmporteerd (concept)" && c.ChangedBy == DemoAccounts.Coordinator.Email));
        }

        var export = await app.NewClient().GetStringAsync("/api/v1/social-maps/GM0392?format=csv");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', SocialMapTransfer.Columns), lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith("Veilig Thuis;", StringComparison.Ordinal) && l.Contains(";landelijk;"));
        Assert.Contains(lines, l => l.Contains("Schuldhulpverlening") && l.Contains("GM0392"));
        Assert.DoesNotContain(lines, l => l.Contains("Inloop voor ouders"));
        Assert.DoesNotContain(lines, l => l.Contains("Begeleiding jonge moeders"));
        var exportJson = await app.NewClient().GetFromJsonAsync<JsonElement>("/api/v1/social-maps/GM0392?format=json");
        Assert.Equal(lines.Length - 1, exportJson.GetArrayLength());
        Assert.Equal(SocialMapTransfer.Columns, exportJson[0].EnumerateObject().Select(p => p.Name).ToArray());
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CarePathSqliteTests(SqliteApp app) : CarePathTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class CarePathPostgresTests(PostgresApp app) : CarePathTests(app);
