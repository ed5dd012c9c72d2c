using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>
/// The pages of her rights on the narrowest phone (correction, deletion, break-the-glass, the client copy and the
/// closed pathways): axe-clean and no sideways scroll, also with errors; the client copy printed reads as a letter.
/// </summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class ClientPagesPhoneBrowserTests(BrowserFixture browser)
{
    /// <summary>The demo midwife's Fenna Fictief, found on "Mijn cliënten".</summary>
    private static async Task<string> FennaAsync(IPage page)
    {
        await page.GotoAsync("/trajecten");
        return await page.GetByRole(AriaRole.Link, new() { Name = "Fenna Fictief" }).First.GetAttributeAsync("href") ?? throw new InvalidOperationException("no link to Fenna Fictief");
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);
    }

    [Fact]
    public async Task Correction_deletion_client_copy_and_closed_list_work_at_320_px()
    {
        var page = await browser.NewPageAsync(320, 700);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        var fenna = await FennaAsync(page);
        await AssertFitsAsync(page);

        await page.GotoAsync("/trajecten?weergave=afgesloten");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mijn cliënten" }).WaitForAsync();
        await AssertFitsAsync(page);

        await page.GotoAsync(fenna + "/gegevens");
        var phone = page.GetByLabel("Telefoonnummer");
        await phone.FillAsync("0612");
        await page.GetByLabel("Cijfers van de postcode").FillAsync("25");
        await page.Locator("main form button[type=submit]").Last.ClickAsync();
        await page.Locator(".utrecht-form-field--invalid").First.WaitForAsync();
        Assert.Equal("0612", await phone.InputValueAsync()); // what she typed stays
        await AssertFitsAsync(page);

        await page.GotoAsync(fenna + "/verwijderen");
        await AssertFitsAsync(page);

        await page.GotoAsync(fenna + "/inzage");
        Assert.Contains("Wat Kansrijk over u bewaart", await page.Locator("h1").InnerTextAsync());
        await AssertFitsAsync(page);
    }

    [Fact]
    public async Task Break_the_glass_form_works_at_320_px_with_its_error()
    {
        var midwife = await browser.NewPageAsync(320, 700);
        await BrowserLogin.AsAsync(midwife, DemoAccounts.Professional);
        var fenna = await FennaAsync(midwife);
        var page = await browser.NewPageAsync(320, 700);
        await BrowserLogin.AsAsync(page, DemoAccounts.JgzNurse);
        await page.GotoAsync(fenna + "/noodtoegang");
        await AssertFitsAsync(page);
        await page.Locator("main form button[type=submit]").Last.ClickAsync();
        await page.Locator(".utrecht-form-field--invalid").First.WaitForAsync();
        await AssertFitsAsync(page);
    }

    [Fact]
    public async Task The_client_copy_prints_without_menus_with_the_table_header_on_every_page_and_the_footer()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        var fenna = await FennaAsync(page);
        await page.GotoAsync(fenna + "/inzage");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var styles = await page.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.querySelector('header')).display, getComputedStyle(document.querySelector('main thead')).display, getComputedStyle(document.querySelector('main h2')).breakAfter]");
        Assert.Equal(["none", "table-header-group", "avoid"], styles);
        var pages = await ExternalTools.PdfPagesAsync(await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        var all = string.Concat(pages);
        Assert.Contains("Wat Kansrijk over u bewaart", pages[0], StringComparison.Ordinal);
        Assert.Contains("Fenna Fictief", pages[0], StringComparison.Ordinal);
        Assert.Contains("Wie uw gegevens heeft bekeken of gewijzigd", all, StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Pagina {i + 1} van {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.DoesNotContain("Hoofdmenu", pages[i], StringComparison.Ordinal);
            Assert.DoesNotContain("Uitloggen", pages[i], StringComparison.Ordinal);
        }
    }
}
