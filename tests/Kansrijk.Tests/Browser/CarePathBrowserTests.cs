using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class CarePathBrowserTests(BrowserFixture browser)
{
    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{page.Url} scrolls sideways at {page.ViewportSize?.Width} px");

    [Fact]
    public async Task A_midwife_chooses_the_municipality_then_the_theme_asks_who_helps_and_prints_the_path()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Zorgpaden" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Gemeente van de cliënt").SelectOptionAsync("GM0518");
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
        Assert.Contains("Begeleiding jonge moeders", await outcome.Locator("h3").First.InnerTextAsync());
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
    public async Task The_path_and_the_social_map_fit_a_360_pixel_phone()
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/zorgpaden/GM0392/financien-en-schulden?leeftijd=30");
        await page.Locator("#uitkomst").WaitForAsync();
        await AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/sociale-kaart");
        await page.GetByLabel("Zoekwoorden").FillAsync("financien");
        await page.GetByLabel("Gemeente").SelectOptionAsync("GM0392");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.Locator("ol.kansrijk-results > li").First.WaitForAsync();
        Assert.Equal("ja", await page.Locator("ol.kansrijk-results > li").First.GetAttributeAsync("data-local"));
        await AssertNoSidewaysScrollAsync(page);
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
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept weggooien" }).ClickAsync();
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
