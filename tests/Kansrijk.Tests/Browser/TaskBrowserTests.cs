using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>"Mijn taken" and closing a pathway on a phone: readable, keyboard- and screen-reader-friendly, no sideways scroll.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class TaskBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_wijkteam_reads_its_notices_on_Mijn_taken_on_a_phone()
    {
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.NeighbourhoodWorker);
        // The demo referral of Fenna Fictief gave the wijkteam a notice: the start page and the menu lead to it.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Mijn taken" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mijn taken", Level = 1 }).WaitForAsync();
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Nieuwe verwijzing", main);
        Assert.DoesNotContain("Fenna", main);
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);

        var unread = await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Gelezen") }).CountAsync();
        Assert.True(unread > 0);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Gelezen") }).First.ClickAsync();
        await page.GetByText("De melding staat op gelezen").WaitForAsync();
        Assert.Equal(unread - 1, await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Gelezen") }).CountAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.SetViewportSizeAsync(320, 700);
        await Layout.AssertNoSidewaysScrollAsync(page);
    }

    [Fact]
    public async Task Closing_a_pathway_asks_for_a_reason_and_a_confirmation()
    {
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        await page.GotoAsync("/trajecten");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fenna Fictief" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Traject afsluiten" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Traject van Fenna Fictief afsluiten" }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);

        // Sent without a choice: nothing is closed, both errors are named at the top.
        await page.GetByRole(AriaRole.Button, new() { Name = "Traject afsluiten" }).ClickAsync();
        await page.Locator("#foutoverzicht").WaitForAsync();
        Assert.StartsWith("Fout:", await page.TitleAsync());
        Assert.Contains("Kies waarom", await page.Locator("#foutoverzicht").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 700);
        await Layout.AssertNoSidewaysScrollAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Niet afsluiten, terug naar het traject" }).ClickAsync();
        Assert.Contains("Traject afsluiten", await page.Locator("main").InnerTextAsync());
    }
}
