using System.Text;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Kansrijk.Tests.Signalling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>The instrument administration and the outcome of another instrument on a phone: errors shown, axe clean, no sideways scroll.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class InstrumentAdminBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_imports_with_errors_then_a_concept_and_is_asked_to_confirm_publishing()
    {
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAdministratorAsync(page, browser.App);
        await page.GotoAsync("/beheer/instrumenten");
        Assert.Contains("kansrijk-start", await page.Locator("#instrumentversies").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);

        var key = "browser-" + Guid.NewGuid().ToString("N")[..8];
        var broken = TestInstrument.Json(1, key).Replace("\"nl\": \"Heeft u schulden?\", ", "");
        await page.GetByLabel("Bestand (JSON)").SetInputFilesAsync(new FilePayload { Name = "fout.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(broken) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await page.Locator("#foutoverzicht").WaitForAsync();
        Assert.Contains("geld-schulden", await page.Locator("#importfouten").InnerTextAsync());
        Assert.StartsWith("Fout:", await page.TitleAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Bestand (JSON)").SetInputFilesAsync(new FilePayload { Name = "goed.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(TestInstrument.Json(1, key)) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await page.Locator("#opgeslagen").WaitForAsync();
        var row = page.Locator("tr", new() { HasText = key });
        Assert.Contains("Concept", await row.InnerTextAsync());
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator("#foutoverzicht").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 700);
        await Layout.AssertNoSidewaysScrollAsync(page);
        await page.Locator("tr", new() { HasText = key }).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.Locator("tr", new() { HasText = key }).GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator("#opgeslagen").WaitForAsync();
        Assert.Contains("Gepubliceerd", await page.Locator("tr", new() { HasText = key }).InnerTextAsync());
    }

    [Fact]
    public async Task The_midwife_records_an_outcome_of_another_instrument_and_keeps_what_she_chose_after_an_error()
    {
        int pathway;
        await using (var scope = browser.App.Scope())
        {
            pathway = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Pathway>()
                .Where(p => p.IsFictional && p.MunicipalityCode == "GM0518").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        await page.GotoAsync($"/trajecten/{pathway}/signalering/extern");
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);

        await page.GetByLabel("MindzCare").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
        await page.Locator("#foutoverzicht").WaitForAsync();
        Assert.True(await page.GetByLabel("MindzCare").IsCheckedAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 700);
        await Layout.AssertNoSidewaysScrollAsync(page);
    }
}
