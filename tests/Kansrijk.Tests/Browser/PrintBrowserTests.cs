using System.Text.RegularExpressions;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>
/// Printed pages, as Chromium prints them to PDF (css/print.css): the table header on every page, a footer with the
/// date, the address and "Pagina i van n", headings kept with what follows, a care path on at most two A4 pages.
/// The PDF's text is read with pdftotext.
/// </summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class PrintBrowserTests(BrowserFixture browser)
{
    private static Task<byte[]> PrintAsync(IPage page) => page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });

    [Fact]
    public async Task A_long_table_repeats_its_header_and_every_page_has_the_footer()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/monitor/indicator/L12");
        var table = page.Locator("table").Filter(new() { Has = page.Locator("tbody tr:nth-child(100)") }).First;
        var header = await table.Locator("thead th").AllInnerTextsAsync();
        var names = await table.Locator("tbody tr > :first-child").AllInnerTextsAsync();
        var headerLine = new Regex(string.Join(@"\s+", header.Select(h => Regex.Escape(h.Trim()))));
        var address = new Uri(page.Url).AbsolutePath;

        var pages = await ExternalTools.PdfPagesAsync(await PrintAsync(page));
        var tablePages = pages.Select((text, i) => (text, i)).Where(p => names.Any(n => p.text.Contains(n.Trim(), StringComparison.Ordinal))).ToList();
        Assert.True(tablePages.Count >= 3, $"the table of {names.Count} rows printed on {tablePages.Count} page(s)");
        Assert.All(tablePages, p => Assert.Matches(headerLine, p.text));
        var today = DateTime.Now.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Pagina {i + 1} van {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Matches($@"Afgedrukt op {today} van\s", pages[i]);
            Assert.Contains(address, pages[i], StringComparison.Ordinal);
            Assert.DoesNotContain("Hoofdmenu", pages[i], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/zorgpaden/GM0518/ongeplande-of-ongewenste-zwangerschap-en-kinderwens")]
    [InlineData("/zorgpaden/GM0392/financien-en-schulden")]
    [InlineData("/zorgpaden/GM0518/ongeplande-of-ongewenste-zwangerschap-en-kinderwens?leeftijd=24")]
    public async Task A_care_path_prints_on_at_most_two_a4_pages(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        var pdf = await PrintAsync(page);
        var pages = await ExternalTools.PdfPagesAsync(pdf);
        Assert.True(pages.Count is >= 1 and <= 2, $"{url} prints on {pages.Count} pages");
        Assert.Contains("Stappen", string.Concat(pages), StringComparison.Ordinal);
        Assert.Contains($"Pagina 1 van {pages.Count}", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_print_headings_stay_with_what_follows_and_table_headers_repeat()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/monitor/gebied/GM0392");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var styles = await page.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.querySelector('h2')).breakAfter, getComputedStyle(document.querySelector('thead')).display, getComputedStyle(document.querySelector('tr')).breakInside, getComputedStyle(document.querySelector('header')).display]");
        Assert.Equal(["avoid", "table-header-group", "avoid", "none"], styles);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Axe.AssertNoViolationsAsync(page);
    }
}
