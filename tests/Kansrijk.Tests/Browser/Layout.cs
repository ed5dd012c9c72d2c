using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

public static class Layout
{
    /// <summary>The whole document never scrolls sideways (a wide table scrolls inside its own region).</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{page.Url} scrolls sideways at {page.ViewportSize?.Width} px");
}
