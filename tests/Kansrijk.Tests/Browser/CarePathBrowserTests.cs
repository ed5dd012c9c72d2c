using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class CarePathBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_midwife_chooses_the_municipality_then_the_theme_asks_who_helps_and_prints_the_path()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Zorgpaden" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        // the name people use finds the municipality: Den Haag is 's-Gravenhage
        await page.GetByLabel("Gemeente van de cliënt").FillAsync("Den Haag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon de zorgpaden" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Zorgpaden in 's-Gravenhage" }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(page);

        // The municipality is remembered: a new visit to /zorgpaden shows its themes straight away.
        await page.GotoAsync("/zorgpaden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ongeplande of ongewenste zwangerschap en kinderwens" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Stappen" }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Leeftijd van de cliënt (jaren)").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek wie helpt" }).ClickAsync();
        var outcome = page.Locator("#uitkomst");
        await outcome.WaitForAsync();
        Assert.Contains("Begeleiding jonge moeders", await outcome.Locator("h4").First.InnerTextAsync());
        Assert.DoesNotContain("Keuzehulp", await outcome.InnerTextAsync());
        // the card's facts stay readable: a value is as wide as its card, not squeezed beside its label
        var card = await outcome.Locator(".kansrijk-card").First.BoundingBoxAsync();
        var value = await outcome.Locator(".kansrijk-card dd").First.BoundingBoxAsync();
        Assert.True(value!.Width > card!.Width * 0.7, $"value {value.Width}px in a card of {card.Width}px");
        await Axe.AssertNoViolationsAsync(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header.kansrijk-header").IsVisibleAsync());
        Assert.False(await page.Locator("form#routering").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Stappen" }).IsVisibleAsync());
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public async Task A_midwife_picks_two_themes_answers_the_condition_and_lands_on_who_to_call()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/zorgpaden/GM0392");
        await page.GetByLabel("Financiën en schulden", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Huiselijk geweld en kindermishandeling", new() { Exact = true }).CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon de gekozen thema's samen" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Gaat het om veiligheid? Bel meteen" }).WaitForAsync();
        Assert.Contains("0800-2000", await page.Locator("#direct-hulp").InnerTextAsync());
        Assert.Equal(1, await page.Locator("form#routering").CountAsync());
        Assert.Equal(2, await page.Locator("section.kansrijk-theme").CountAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Leeftijd van de cliënt (jaren)").FillAsync("30");
        await page.GetByLabel("Heeft zij een zorgverzekering?").SelectOptionAsync("ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek wie helpt" }).ClickAsync();
        await page.Locator("#uitkomst").WaitForAsync();
        // the outcome has the focus and stands in view: who to call comes first
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'uitkomst'");
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.getElementById('uitkomst').getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"));
        Assert.EndsWith("#uitkomst", page.Url);
        var offers = await page.Locator("#uitkomst li.kansrijk-card").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.offer)");
        Assert.Equal(offers.Distinct().Count(), offers.Length);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_social_map_shows_labelled_groups_and_an_empty_search_suggests_broader_ones()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sociale-kaart?q=financien&gemeente=GM0392");
        await page.Locator("section.kansrijk-result-group").First.WaitForAsync();
        Assert.Equal("In Haarlem", await page.Locator("section.kansrijk-result-group h3").First.InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Zoekwoorden").FillAsync("zzgeenwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.Locator("#niets-gevonden").WaitForAsync();
        Assert.Equal("Geen hulpaanbod gevonden", await page.Locator("#resultaten").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Toon al het hulpaanbod voor Haarlem" }).ClickAsync();
        await page.Locator("section.kansrijk-result-group").First.WaitForAsync();
    }

    [Fact]
    public async Task The_path_and_the_social_map_fit_a_360_pixel_phone()
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/zorgpaden/GM0392/financien-en-schulden?leeftijd=30");
        await page.Locator("#uitkomst").WaitForAsync();
        await Layout.AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/sociale-kaart");
        await page.GetByLabel("Zoekwoorden").FillAsync("financien");
        await page.GetByLabel("Gemeente").SelectOptionAsync("GM0392");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.Locator("ol.kansrijk-results > li").First.WaitForAsync();
        Assert.Equal("ja", await page.Locator("ol.kansrijk-results > li").First.GetAttributeAsync("data-local"));
        await Layout.AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_haarlem_coordinator_drafts_a_path_adds_a_step_after_a_mistake_and_publishes_it()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.WithPasswordAsync(page, DemoAccounts.Coordinator.Email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Contains("niet gecontroleerd", await page.Locator("#herinnering-aanbod").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk en controleer ze" }).ClickAsync();
        await page.WaitForURLAsync("**/zorgpaden/beheer**");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw zorgpad" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Thema").SelectOptionAsync("roken-en-alcohol");
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Haarlem" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Zorgpad aanmaken" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Roken en alcohol in Haarlem bewerken" }).WaitForAsync();
        Assert.Equal("Concept", await page.Locator("#status").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Nummer van de stap").FillAsync("nul");
        await page.GetByLabel("Wie", new() { Exact = true }).FillAsync("Verloskundige");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap toevoegen" }).ClickAsync();
        Assert.Contains("heel getal", await page.Locator("#Number-fout").InnerTextAsync());
        Assert.Equal("Verloskundige", await page.GetByLabel("Wie", new() { Exact = true }).InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Nummer van de stap").FillAsync("1");
        await page.GetByLabel("Wat", new() { Exact = true }).FillAsync("Bespreek roken met de zwangere en haar partner.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap toevoegen" }).ClickAsync();
        Assert.Contains("Stap 1 is toegevoegd", await page.Locator("#opgeslagen").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        Assert.Equal("Gepubliceerd", await page.Locator("#status").InnerTextAsync());
        Assert.Contains(DemoAccounts.Coordinator.Email, await page.Locator("#geschiedenis").InnerTextAsync());

        var reader = await browser.NewPageAsync();
        await reader.GotoAsync("/zorgpaden/GM0392/roken-en-alcohol");
        Assert.Contains("Bespreek roken", await reader.Locator("li.kansrijk-step[data-number='1']").InnerTextAsync());
        Assert.Contains("Lokaal (Haarlem)", await reader.Locator("li.kansrijk-step[data-number='1']").InnerTextAsync());

        // a published path changes through a concept, which can be thrown away
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijziging voorbereiden" }).ClickAsync();
        Assert.Contains("concept met wijzigingen", await page.Locator("#concept-uitleg").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        // throwing the concept away asks first, with a warning-style button
        await page.GetByRole(AriaRole.Link, new() { Name = "Concept weggooien" }).ClickAsync();
        Assert.Contains("gaan verloren", await page.Locator("#wat-er-gebeurt").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, gooi het concept weg" }).ClickAsync();
        Assert.Contains("weggegooid", await page.Locator("#opgeslagen").InnerTextAsync());
        Assert.Equal("Gepubliceerd", await page.Locator("#status").InnerTextAsync());
    }

    [Fact]
    public async Task The_administrator_s_care_path_pages_are_axe_clean_with_and_without_errors()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.AsAdministratorAsync(page, browser.App);
        foreach (var url in new[] { "/zorgpaden/beheer/themas", "/zorgpaden/beheer/import", "/zorgpaden/beheer/organisaties/nieuw", "/zorgpaden/beheer/aanbod/nieuw" })
        {
            await page.GotoAsync(url);
            await Axe.AssertNoViolationsAsync(page);
        }
        await page.GetByLabel("Naam van het aanbod").FillAsync("Proefaanbod");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanbod opslaan" }).ClickAsync();
        Assert.Contains("Kies de organisatie", await page.Locator("#OrganisationId-fout").InnerTextAsync());
        Assert.Contains("Kies minstens één thema", await page.Locator("#Themes-fout").InnerTextAsync());
        Assert.Equal("Proefaanbod", await page.GetByLabel("Naam van het aanbod").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/zorgpaden/beheer/import");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "kaart.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("naam;telefoon\nA;B\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        Assert.Contains("De kopregel klopt niet", await page.Locator("#importfouten").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
    }
}
