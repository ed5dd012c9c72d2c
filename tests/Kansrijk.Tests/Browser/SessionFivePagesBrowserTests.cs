using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>
/// The pages that changed without a walk of their own, and the ones a walk of every role's pages at 320 px found scrolling
/// sideways or breaking a word (long buttons, a grid of columns, a CSV header line, a date in a table cell), on the narrowest phone:
/// axe-clean, no sideways scroll, no word broken inside.
/// </summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class SessionFivePagesBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("privacy.haarlem@kansrijk.demo", "/privacy/noodtoegang", null)]
    [InlineData("coordinator.haarlem@kansrijk.demo", "/zorgpaden/beheer/organisaties/nieuw", "Soort organisatie")]
    [InlineData("coordinator.haarlem@kansrijk.demo", "/zorgpaden/beheer/aanbod/nieuw", "Dit is het prenataal huisbezoek door de JGZ")]
    [InlineData("analist@kansrijk.demo", "/monitor/import", "Procesindicatoren uit de trajecten")]
    [InlineData("analist@kansrijk.demo", "/account/tweestaps", null)]
    [InlineData("verloskundige.denhaag@kansrijk.demo", "/zorgpaden?gemeente=GM0518", null)]
    [InlineData("coordinator.haarlem@kansrijk.demo", "/coalities/vragenlijst/GM0392/2024", null)]
    [InlineData("coordinator.haarlem@kansrijk.demo", "/zorgpaden/beheer/import", "organisatie_type")]
    public async Task The_page_works_at_320_px(string email, string url, string? text)
    {
        var account = DemoAccounts.All.Single(a => a.Email == email);
        var page = await browser.NewPageAsync(320, 700);
        await BrowserLogin.AsAsync(page, account);
        await page.GotoAsync(url);
        if (text is not null) Assert.Contains(text, await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await ScreensBrowserTests.AssertFitsAsync(page, url, 320);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_administrators_pages_work_at_320_px()
    {
        var page = await browser.NewPageAsync(320, 700);
        await BrowserLogin.AsAdministratorAsync(page, browser.App);
        await page.GotoAsync("/beheer/gebruikers");
        var users = await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('main a[href^=\"/beheer/gebruikers/\"]')].map(a => a.getAttribute('href')).filter(h => !h.endsWith('/nieuw')))]");
        Assert.NotEmpty(users);
        foreach (var url in users.Append("/beheer/toegangslog").Append("/account/tweestaps"))
        {
            await page.GotoAsync(url);
            await ScreensBrowserTests.AssertFitsAsync(page, url, 320);
        }
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>The roles and accounts the start page test of <see cref="ScreensBrowserTests"/> does not sign in with.</summary>
    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_start_page_of_the_other_accounts_fits(int width)
    {
        foreach (var account in new[] { DemoAccounts.PrivacyOfficer, DemoAccounts.JgzNurse, DemoAccounts.NeighbourhoodWorker })
        {
            var page = await browser.NewPageAsync(width, 800);
            await BrowserLogin.AsAsync(page, account);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await ScreensBrowserTests.AssertFitsAsync(page, $"start page of {account.Email}", width);
            await Axe.AssertNoViolationsAsync(page);
            await page.Context.CloseAsync();
        }
    }
}
