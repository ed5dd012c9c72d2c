using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class PublicPagesBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/gebieden")]
    [InlineData("/gebieden?q=haarlem&soort=municipality")]
    [InlineData("/gebieden?q=xyzxyz")]
    [InlineData("/gebieden/GM0392")]
    [InlineData("/gebieden/GG3109")]
    [InlineData("/gebieden/PV27")]
    [InlineData("/gebieden/NL01")]
    [InlineData("/toegankelijkheid")]
    [InlineData("/privacy")]
    [InlineData("/inloggen")]
    [InlineData("/uitloggen")]
    [InlineData("/inloggen/extern")]
    [InlineData("/coalities")]
    [InlineData("/coalities/1")]
    [InlineData("/coalities/3")]
    [InlineData("/deze-pagina-bestaat-niet")]
    public async Task Every_public_page_passes_axe_for_wcag_2_1_aa(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_visitor_searches_an_area_without_accents_and_opens_its_page_with_a_map()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/gebieden");
        await page.GetByLabel("Naam of code").FillAsync("sudwest");
        await page.GetByLabel("Naam of code").PressAsync("Enter");
        await page.WaitForURLAsync("**/gebieden?q=sudwest**");
        await page.GetByRole(AriaRole.Link, new() { Name = "Súdwest-Fryslân" }).ClickAsync();

        await page.WaitForURLAsync("**/gebieden/GM1900");
        Assert.Equal("Súdwest-Fryslân", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("GGD Fryslân", await page.Locator(".kansrijk-facts").InnerTextAsync());
        var map = page.Locator("#gebied-kaart svg[role=img]");
        await map.WaitForAsync();
        Assert.True(await page.Locator("#gebied-kaart svg path").CountAsync() > 1);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_jumps_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/gebieden");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);
        foreach (var url in new[] { "/", "/gebieden", "/gebieden/GG3109", "/inloggen" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px too wide on a phone");
        }
    }
}
