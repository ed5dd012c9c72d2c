using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kansrijk.Tests.Browser;

/// <summary>
/// A first visit (empty browser cache) on a slow 4G connection, emulated by Chromium: 1.6 Mbit/s down, 750 kbit/s up,
/// 150 ms round trip. The first text must be on the screen within 1.5 s (first-contentful-paint, Performance API).
/// </summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class SlowNetworkBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/monitor")]
    [InlineData("/monitor/gebied/GM0392")]
    [InlineData("/monitor/indicator/L12")]
    [InlineData("/zorgpaden/GM0518/ongeplande-of-ongewenste-zwangerschap-en-kinderwens")]
    [InlineData("/sociale-kaart?q=schulden")]
    public async Task A_first_visit_on_slow_4g_shows_text_within_one_and_a_half_seconds(string url)
    {
        // the server renders it once before, so the figure is the network and the browser, not a cold server
        using (var warm = browser.App.NewClient())
        {
            (await warm.GetAsync(url)).EnsureSuccessStatusCode();
        }
        var page = await browser.NewPageAsync(390, 844);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 150,
            ["downloadThroughput"] = 1_600_000 / 8,
            ["uploadThroughput"] = 750_000 / 8,
        });
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        var paint = await page.EvaluateAsync<double>(
            "() => new Promise(done => new PerformanceObserver((list, observer) => { const e = list.getEntriesByName('first-contentful-paint')[0]; if (e) { observer.disconnect(); done(e.startTime); } }).observe({ type: 'paint', buffered: true }))");
        var blocking = await page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('resource').filter(r => r.renderBlockingStatus === 'blocking').map(r => new URL(r.name).pathname + ' ' + r.encodedBodySize + ' B')");
        output.WriteLine($"{url}: first text after {paint:0} ms; render-blocking: {string.Join(", ", blocking)}");
        // scripts (d3 and the charts) wait for the text: deferred, never on the path to the first paint
        Assert.DoesNotContain(blocking, b => b.Split(' ')[0].EndsWith(".js", StringComparison.Ordinal));
        Assert.True(paint < 1500, $"{url}: first text after {paint:0} ms on slow 4G (render-blocking: {string.Join(", ", blocking)})");
    }
}
