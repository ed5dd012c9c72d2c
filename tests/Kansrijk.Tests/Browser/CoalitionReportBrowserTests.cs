using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class CoalitionReportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_writes_the_progress_report_prints_it_and_downloads_it_as_word()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.AsAsync(page, DemoAccounts.Coordinator);
        await page.GotoAsync("/coalities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Coalitie Kansrijke Start Haarlem" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Voortgangsrapportage 2022" }).ClickAsync();
        await page.WaitForURLAsync("**/voortgang/2022");
        Assert.Equal("6. Begroting 2022", await page.Locator("#begroting").InnerTextAsync());
        Assert.Contains("€ 135.000", await page.Locator("#begroting-tabel").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Inleiding, plannen en conclusie schrijven" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("1. Inleiding").FillAsync("Dit jaar groeide de coalitie met het sociale domein.");
        await page.GetByLabel("8. Conclusie").FillAsync("De basis staat; nu de uitvoering.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Teksten opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/voortgang/2022");
        Assert.Contains("groeide de coalitie", await page.Locator("article").InnerTextAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("#download-word").IsVisibleAsync());
        Assert.False(await page.Locator("header").First.IsVisibleAsync());
        Assert.True(await page.Locator("#conclusie").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download als Word-bestand" }).ClickAsync());
        Assert.EndsWith("-2022.docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("De basis staat; nu de uitvoering.", document.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task The_coordinator_confirms_the_questionnaire_by_keyboard_and_the_monitor_shows_it()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.AsAsync(page, DemoAccounts.Coordinator);
        await page.GotoAsync("/coalities/vragenlijst/GM0392/2024");
        Assert.Contains("voorstelt", await page.Locator("#vragenlijst-status").InnerTextAsync());
        Assert.True(await page.GetByLabel("ja", new() { Exact = true }).IsCheckedAsync());
        await Axe.AssertNoViolationsAsync(page);

        var voorZorg = page.GetByLabel("Wordt VoorZorg aangeboden?");
        Assert.False(await voorZorg.IsCheckedAsync());
        await voorZorg.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.True(await voorZorg.IsCheckedAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoorden bevestigen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#opgeslagen");
        Assert.Contains("Bevestigd op", await page.Locator("#vragenlijst-status").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/monitor/indicator/L05?periode=2024");
        var haarlem = page.Locator("#gemeenten tbody tr[data-code=GM0392]");
        Assert.Contains("ja", await haarlem.InnerTextAsync()); // one answer per municipality: ja or nee, not 100%
    }

    [Fact]
    public async Task The_coalition_overview_draws_the_status_map_from_its_table_and_the_admin_pages_are_accessible()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/coalities");
        await page.Locator("#coalitie-kaart svg").First.WaitForAsync();
        Assert.Equal(342, await page.Locator("#status-per-gemeente tbody tr").CountAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByText("Tabel bij de kaart: status per gemeente").ClickAsync();
        Assert.True(await page.Locator("#status-per-gemeente").IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/coalities/vragenlijst?jaar=2022");
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/coalities/interventies");
        await Axe.AssertNoViolationsAsync(page);

        var admin = await browser.NewPageAsync();
        await BrowserLogin.AsAdministratorAsync(admin, browser.App);
        await admin.GotoAsync("/beheer/centrumgemeenten");
        await admin.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync("GM0363");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        Assert.Contains("Amsterdam is nu centrumgemeente", await admin.Locator("#opgeslagen").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(admin);
        await admin.GotoAsync("/coalities/interventies");
        await admin.GetByRole(AriaRole.Link, new() { Name = "VoorZorg" }).ClickAsync();
        await admin.GetByLabel("Erkenning").SelectOptionAsync("StrongEvidence");
        await Axe.AssertNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Interventie opslaan" }).ClickAsync();
        await admin.WaitForURLAsync("**/coalities/interventies");
        Assert.Contains("sterke aanwijzingen", await admin.Locator("#interventies tbody tr", new() { HasText = "VoorZorg" }).InnerTextAsync());
    }
}
