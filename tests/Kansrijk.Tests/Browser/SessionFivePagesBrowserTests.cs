using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Browser;

/// <summary>The pages this session changed without a walk of their own, on the narrowest phone: axe-clean, no sideways scroll.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class SessionFivePagesBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("privacy.haarlem@kansrijk.demo", "/privacy/noodtoegang", null)]
    [InlineData("coordinator.haarlem@kansrijk.demo", "/zorgpaden/beheer/organisaties/nieuw", "Soort organisatie")]
    [InlineData("coordinator.haarlem@kansrijk.demo", "/zorgpaden/beheer/aanbod/nieuw", "Dit is het prenataal huisbezoek door de JGZ")]
    public async Task The_page_works_at_320_px(string email, string url, string? text)
    {
        var account = DemoAccounts.All.Single(a => a.Email == email);
        var page = await browser.NewPageAsync(320, 700);
        await BrowserLogin.AsAsync(page, account);
        await page.GotoAsync(url);
        if (text is not null) Assert.Contains(text, await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);
    }
}
