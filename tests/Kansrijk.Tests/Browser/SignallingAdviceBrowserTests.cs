using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>
/// The professional's signalling page with routed advice (the routing questions), and an outcome of another instrument
/// recorded, corrected and deleted on a phone: axe-clean, no sideways scroll at 390 and 320 px.
/// </summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class SignallingAdviceBrowserTests(BrowserFixture browser)
{
    private static async Task AssertFitsAsync(IPage page)
    {
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);
        await page.SetViewportSizeAsync(320, 700);
        await Layout.AssertNoSidewaysScrollAsync(page);
        await page.SetViewportSizeAsync(390, 844);
    }

    [Fact]
    public async Task The_professional_routes_the_advice_and_records_corrects_and_deletes_another_instruments_outcome()
    {
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        await page.GotoAsync("/trajecten");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fenna Fictief" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Signalering: vragenlijst voor haar en haar antwoorden" }).ClickAsync();
        var signalling = page.Url.Split('?')[0].Split('#')[0];
        await page.Locator("#aanbod").WaitForAsync();
        Assert.Contains("jaar (uit haar geboortedatum)", await page.Locator("#aanbod").InnerTextAsync());

        // Advice on this pregnancy: the Den Haag demo path chooses Fiom "vanaf 27 jaar met schulden", so that is asked.
        await page.GetByRole(AriaRole.Link, new() { Name = "Uitkomst van een ander instrument vastleggen" }).ClickAsync();
        await page.GetByLabel("MindzCare").WaitForAsync();
        await AssertFitsAsync(page);
        await page.GetByLabel("MindzCare").CheckAsync();
        await page.Locator("#Date").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"));
        foreach (var radio in await page.Locator("input[type=radio][value=geen]").AllAsync()) await radio.CheckAsync();
        await page.Locator("#uitkomst-deze-zwangerschap-advies").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
        await page.Locator("#opgeslagen").WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Uitkomst van MindzCare") }).WaitForAsync();
        var situation = page.GetByLabel("Geldt dit voor haar: met schulden?");
        Assert.Equal("", await situation.InputValueAsync());
        await AssertFitsAsync(page);
        await situation.SelectOptionAsync("ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanbod bijwerken" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("situatie-met-schulden=ja"));
        Assert.Equal("ja", await page.GetByLabel("Geldt dit voor haar: met schulden?").InputValueAsync());
        await AssertFitsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Uitkomst verbeteren" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Uitkomst van een ander instrument verbeteren" }).WaitForAsync();
        await AssertFitsAsync(page);
        await page.GetByLabel("R4U").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verbetering opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Uitkomst van R4U") }).WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "uitkomst verwijderen" }).First.ClickAsync();
        await page.Locator("#wat-er-gebeurt").WaitForAsync();
        await AssertFitsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijder de uitkomst" }).ClickAsync();
        await page.Locator("#opgeslagen").WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Uitkomst van R4U") }).CountAsync());
        Assert.StartsWith(signalling, page.Url);
    }
}
