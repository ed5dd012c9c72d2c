using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>The chain on a phone: the midwife opens a pathway, asks consent and refers; the wijkteam picks it up.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class PathwayBrowserTests(BrowserFixture browser)
{
    private static async Task FillDateAsync(IPage page, string legend, DateTime date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Dag").FillAsync(date.Day.ToString());
        await group.GetByLabel("Maand").FillAsync(date.Month.ToString());
        await group.GetByLabel("Jaar").FillAsync(date.Year.ToString());
    }

    [Fact]
    public async Task A_midwife_refers_with_consent_on_a_phone_and_the_wijkteam_makes_contact()
    {
        var name = "Mila Browser" + Guid.NewGuid().ToString("N")[..4];
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        await page.GotoAsync("/trajecten");
        Assert.Contains("Fenna Fictief", await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw traject openen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Traject openen" }).ClickAsync();
        // All errors at once, the summary in view; what she typed is kept on the next try.
        await page.Locator(".utrecht-form-field--invalid").First.WaitForAsync();
        Assert.StartsWith("Fout:", await page.TitleAsync());
        await Axe.AssertNoViolationsAsync(page);
        var today = DateTime.UtcNow.Date;
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await FillDateAsync(page, "Geboortedatum", today.AddYears(-29));
        await page.GetByLabel("Telefoonnummer").FillAsync("06 5555 0000");
        Assert.Equal("GM0518", await page.GetByLabel("Gemeente waar zij woont").InputValueAsync()); // her own municipality first
        await page.GetByLabel("Cijfers van de postcode").FillAsync("2512");
        await FillDateAsync(page, "Uitgerekende datum", today.AddDays(90));
        await page.GetByRole(AriaRole.Button, new() { Name = "Traject openen" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = name }).WaitForAsync();
        Assert.Contains("week 27", await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);

        // The explanation in Polish, then consent for the wijkteam's offer, then the referral.
        await page.GetByLabel("Waarvoor vraagt u toestemming").SelectOptionAsync(new SelectOptionValue { Label = "Hulp bij geldzorgen en schulden – Sociaal wijkteam Den Haag (voorbeeld)" });
        await page.GetByLabel("Polski").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon de uitleg" }).ClickAsync();
        var explanation = await page.Locator("#uitleg").InnerTextAsync();
        Assert.Contains("Zgodę", explanation);
        Assert.Contains("Sociaal wijkteam Den Haag (voorbeeld)", explanation);
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Ik heb de uitleg gegeven en zij geeft toestemming").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }).ClickAsync();
        await page.GetByText("De toestemming is vastgelegd.").WaitForAsync();
        await page.GetByLabel("Hulp bij geldzorgen en schulden – Sociaal wijkteam Den Haag (voorbeeld)").CheckAsync();
        await page.GetByLabel("Reden, in haar eigen woorden").FillAsync("Ze krijgt de huur niet meer betaald.");
        await page.GetByLabel("Wat hebt u met haar afgesproken").FillAsync("Het wijkteam belt haar morgen.");
        await page.GetByLabel("Hoe bereikt de ontvanger u").FillAsync("070 000 0101");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijzing versturen" }).ClickAsync();
        await page.GetByText("De verwijzing is verstuurd").WaitForAsync();
        Assert.Contains("aangemeld", await page.Locator("#verwijzingen + table-region, #verwijzingen ~ *").First.InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);

        var worker = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(worker, DemoAccounts.NeighbourhoodWorker);
        await worker.GotoAsync("/verwijzingen");
        await Axe.AssertNoViolationsAsync(worker);
        await worker.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        Assert.Contains("Ze krijgt de huur niet meer betaald.", await worker.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(worker);
        await Layout.AssertNoSidewaysScrollAsync(worker);
        await worker.GetByLabel("contact gelegd").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Status opslaan" }).ClickAsync();
        await worker.GetByRole(AriaRole.Heading, new() { Name = "Status: contact gelegd" }).WaitForAsync();

        await page.ReloadAsync();
        Assert.Contains("contact gelegd", await page.Locator("main").InnerTextAsync());
    }
}
