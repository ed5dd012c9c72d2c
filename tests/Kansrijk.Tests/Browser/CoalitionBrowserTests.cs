using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class CoalitionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_haarlem_coordinator_opens_an_activity_to_change_end_or_remove_it_and_reads_why_the_questionnaire_proposes_its_answers()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.WithPasswordAsync(page, DemoAccounts.Coordinator.Email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GotoAsync("/coalities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Coalitie Kansrijke Start Haarlem" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Activiteit Centering Pregnancy (2022) wijzigen" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Activiteit Centering Pregnancy (2022)" }).WaitForAsync();
        Assert.Equal("Centering Pregnancy", await page.GetByLabel("Naam van de activiteit").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);

        // an empty name is refused at the field; the rest of what she typed stays
        await page.GetByLabel("Naam van de activiteit").FillAsync("");
        await page.GetByLabel("Bereik (aantal)").FillAsync("12");
        await page.GetByLabel("Wat telt het bereik?").FillAsync("groepen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        Assert.Contains("Vul de naam", await page.Locator("#Title-fout").InnerTextAsync());
        Assert.Equal("12", await page.GetByLabel("Bereik (aantal)").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Activiteit verwijderen" }).ClickAsync();
        Assert.Contains("bewaart wat ze was", await page.Locator("#wat-er-gebeurt").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nee, niet verwijderen" }).ClickAsync();

        await page.GotoAsync("/coalities/vragenlijst/GM0392/2023");
        Assert.Contains("in 2022 (lopend)", await page.Locator("#waarom-CenteringZwangerschap").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task On_a_phone_the_coalition_map_keeps_its_size_in_a_sideways_region_and_its_text_readable(int width)
    {
        var page = await browser.NewPageAsync(width, 844);
        await page.GotoAsync("/coalities");
        var map = page.Locator("#coalitie-kaart .kansrijk-map-scroll");
        await map.Locator("svg[role=img]").WaitForAsync();
        // drawn at 560 px, not shrunk to the screen; the region scrolls and takes the keyboard
        Assert.True(await map.Locator("svg[role=img]").EvaluateAsync<double>("svg => svg.getBoundingClientRect().width") >= 540);
        Assert.True(await map.EvaluateAsync<bool>("region => region.scrollWidth > region.clientWidth && region.tabIndex === 0"));
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('#coalitie-kaart *')].filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))" +
            ".map(e => parseFloat(getComputedStyle(e).fontSize)))");
        Assert.True(smallest >= 12, $"smallest text on the map at {width} px: {smallest} px");
        await Layout.AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_haarlem_coordinator_opens_her_coalition_and_adds_a_budget_line()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.WithPasswordAsync(page, DemoAccounts.Coordinator.Email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Coalities" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Coalitie Kansrijke Start Haarlem" }).ClickAsync();
        Assert.Contains("€ 135.000", await page.Locator("#begroting-2022").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Begroting, partners en activiteiten bewerken" }).ClickAsync();
        await page.WaitForURLAsync("**/bewerken");
        await Axe.AssertNoViolationsAsync(page);

        var budget = page.Locator("form[action*='handler=Budget']");
        await budget.GetByLabel("Jaar", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("Bron", new() { Exact = true }).SelectOptionAsync("MunicipalBudget");
        await page.GetByLabel("Bedrag in euro").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begrotingsregel toevoegen" }).ClickAsync();
        Assert.Contains("negatief", await page.Locator("#Amount-fout").InnerTextAsync());
        Assert.Equal("2025", await budget.GetByLabel("Jaar", new() { Exact = true }).InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Bedrag in euro").FillAsync("40.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begrotingsregel toevoegen" }).ClickAsync();
        Assert.Contains("toegevoegd", await page.Locator("#opgeslagen").InnerTextAsync());

        await page.GotoAsync("/coalities/nieuw/gegevens");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Gemeenten", new() { Exact = true }).FillAsync("Haarlem");
        await page.GetByRole(AriaRole.Button, new() { Name = "Coalitie aanmaken" }).ClickAsync();
        Assert.Contains("Vul de naam", await page.Locator("#Name-fout").InnerTextAsync());
        Assert.Contains("al een lokale coalitie", await page.Locator("#Municipalities-fout").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
    }
}
