using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>The case meeting on a phone: the midwife plans an MDO, brings in an anonymous case, agrees an action, prints the minutes.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class CaseMeetingBrowserTests(BrowserFixture browser)
{
    private static async Task FillDateAsync(IPage page, string legend, DateTime date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Dag").FillAsync(date.Day.ToString());
        await group.GetByLabel("Maand").FillAsync(date.Month.ToString());
        await group.GetByLabel("Jaar").FillAsync(date.Year.ToString());
    }

    private static async Task CheckAsync(IPage page)
    {
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);
        await page.SetViewportSizeAsync(320, 700);
        await Layout.AssertNoSidewaysScrollAsync(page);
        await page.SetViewportSizeAsync(390, 844);
    }

    [Fact]
    public async Task A_midwife_plans_a_meeting_adds_a_case_and_an_action_on_a_phone_and_prints_the_minutes()
    {
        var name = "MDO telefoon " + Guid.NewGuid().ToString("N")[..4];
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        await page.GotoAsync("/overleggen");
        Assert.Contains("MDO geboortezorg Den Haag (voorbeeld)", await page.Locator("main").InnerTextAsync());
        await CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw overleg plannen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg plannen" }).ClickAsync();
        await page.Locator("#foutoverzicht").WaitForAsync();
        Assert.StartsWith("Fout:", await page.TitleAsync());
        await CheckAsync(page);
        await page.GetByLabel("Naam van het overleg").FillAsync(name);
        await FillDateAsync(page, "Datum", DateTime.UtcNow.Date.AddDays(3));
        await page.GetByLabel("Begintijd").FillAsync("14:30");
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Ziekenhuis, zaal 2");
        await page.GetByLabel("Wim Wijkteam").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg plannen" }).ClickAsync();
        await page.GetByText("Het overleg is gepland.").WaitForAsync();
        Assert.Contains("Wim Wijkteam", await page.Locator("#deelnemers + ul").InnerTextAsync());
        await CheckAsync(page);

        await page.GetByLabel("Anoniem", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Zwangerschapsweek").FillAsync("22");
        await page.GetByLabel("Thema's (niet verplicht)").FillAsync("geldzorgen");
        await page.GetByLabel("Uw vraag aan het overleg").FillAsync("Wie helpt haar met de rekeningen voor de bevalling?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Casus inbrengen" }).ClickAsync();
        await page.GetByText("De casus staat op de agenda.").WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Casus 1 (anoniem)" }).WaitForAsync();
        await CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Bespreking, besluiten en acties van casus 1" }).ClickAsync();
        await page.GetByLabel("Besluiten").FillAsync("Het wijkteam kijkt mee naar de rekeningen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bespreking opslaan" }).ClickAsync();
        await page.GetByText("De bespreking is opgeslagen.").WaitForAsync();
        await page.GetByLabel("Wat moet er gebeuren").FillAsync("Maak een afspraak met het wijkteam.");
        await page.GetByLabel("Wie doet het").SelectOptionAsync(new SelectOptionValue { Label = "Wim Wijkteam (Sociaal wijkteam Den Haag (voorbeeld))" });
        await FillDateAsync(page, "Klaar op", DateTime.UtcNow.Date.AddDays(10));
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await page.GetByText("De actie is toegevoegd.").WaitForAsync();
        Assert.Contains("Maak een afspraak met het wijkteam.", await page.Locator("#acties + ul").InnerTextAsync());
        await CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verslag bekijken, afdrukken of als Word-bestand downloaden" }).ClickAsync();
        Assert.Contains("Het wijkteam kijkt mee naar de rekeningen.", await page.Locator("article").InnerTextAsync());
        await CheckAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("#download-word").IsVisibleAsync());
        Assert.False(await page.Locator("header").First.IsVisibleAsync());
        Assert.True(await page.Locator("article h2").First.IsVisibleAsync());
        Assert.Equal("table-header-group", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('article thead')).display"));
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    [Fact]
    public async Task An_organiser_changes_invites_takes_off_and_cancels_a_meeting_on_a_phone_and_shows_the_explanation_in_arabic()
    {
        var name = "MDO wijzigen " + Guid.NewGuid().ToString("N")[..4];
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        await page.GotoAsync("/overleggen/nieuw");
        await page.GetByLabel("Naam van het overleg").FillAsync(name);
        await FillDateAsync(page, "Datum", DateTime.UtcNow.Date.AddDays(5));
        await page.GetByLabel("Begintijd").FillAsync("09:15");
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Zaal 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg plannen" }).ClickAsync();
        await page.GetByText("Het overleg is gepland.").WaitForAsync();

        // The consent explanation in Arabic, right to left, ready to print.
        await page.GetByLabel("العربية").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon de uitleg" }).ClickAsync();
        await page.Locator("#uitleg[dir='rtl'][lang='ar']").WaitForAsync();
        await CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Datum, tijd of plaats wijzigen" }).ClickAsync();
        await page.GetByLabel("Begintijd").FillAsync("negen uur");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        await page.Locator("#foutoverzicht").WaitForAsync();
        Assert.Equal("negen uur", await page.GetByLabel("Begintijd").InputValueAsync());
        await CheckAsync(page);
        await page.GetByLabel("Begintijd").FillAsync("10:45");
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Zaal 4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        await page.GetByText("Het overleg is gewijzigd.").WaitForAsync();
        Assert.Contains("10:45", await page.Locator("main dl").First.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Deelnemers uitnodigen of weghalen" }).ClickAsync();
        await page.GetByLabel("Wim Wijkteam").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();
        await page.GetByText("De uitnodiging is verstuurd.").WaitForAsync();
        Assert.Contains("Wim Wijkteam", await page.Locator("#Remove").InnerTextAsync());
        await CheckAsync(page);
        await page.Locator("#Remove li", new() { HasText = "Wim Wijkteam" }).GetByRole(AriaRole.Button, new() { Name = "Weghalen" }).ClickAsync();
        await page.GetByText("De deelnemer is weggehaald.").WaitForAsync();
        Assert.DoesNotContain("Wim Wijkteam", await page.Locator("#Remove").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar het overleg" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Overleg annuleren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg annuleren" }).ClickAsync();
        await page.Locator("#foutoverzicht").WaitForAsync();
        await CheckAsync(page);
        await page.GetByLabel("Ja, ik annuleer dit overleg").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg annuleren" }).ClickAsync();
        await page.GetByText("Het overleg is geannuleerd.").WaitForAsync();
        Assert.Contains("Geannuleerd", await page.Locator("#geannuleerd").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Casus inbrengen" }).CountAsync());
        await CheckAsync(page);
    }

    [Fact]
    public async Task An_action_from_a_case_by_name_becomes_a_referral_with_her_consent_on_a_phone()
    {
        var woman = "Roos Actie" + new string([.. Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
        var offer = "Hulp bij geldzorgen en schulden";
        var page = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(page, DemoAccounts.Professional);
        var today = DateTime.UtcNow.Date;
        await page.GotoAsync("/trajecten/nieuw");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(woman);
        await FillDateAsync(page, "Geboortedatum", today.AddYears(-26));
        await page.GetByLabel("Telefoonnummer").FillAsync("06 5555 0001");
        await page.GetByLabel("Cijfers van de postcode").FillAsync("2512");
        await FillDateAsync(page, "Uitgerekende datum", today.AddDays(120));
        await page.GetByRole(AriaRole.Button, new() { Name = "Traject openen" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = woman }).WaitForAsync();

        await page.GotoAsync("/overleggen/nieuw");
        await page.GetByLabel("Naam van het overleg").FillAsync("MDO verwijzen " + woman[^4..]);
        await FillDateAsync(page, "Datum", today.AddDays(-1));
        await page.GetByLabel("Begintijd").FillAsync("15:00");
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Zaal 5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg plannen" }).ClickAsync();
        await page.GetByText("Het overleg is gepland.").WaitForAsync();
        await page.GetByLabel("Op naam, met haar toestemming").CheckAsync();
        await page.GetByLabel("Cliënt", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = woman });
        await page.GetByLabel("Ik heb de uitleg gegeven en zij geeft toestemming").CheckAsync();
        await page.GetByLabel("Uw vraag aan het overleg").FillAsync("Welke hulp past bij haar geldzorgen?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Casus inbrengen" }).ClickAsync();
        await page.GetByText("De casus staat op de agenda.").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Bespreking, besluiten en acties van casus 1" }).ClickAsync();
        await page.GetByLabel("Wat moet er gebeuren").FillAsync("Verwijs haar naar de hulp bij geldzorgen.");
        await FillDateAsync(page, "Klaar op", today.AddDays(7));
        var offerOption = page.GetByLabel("Verwijzen naar (niet verplicht)").Locator("option", new() { HasText = offer });
        await page.GetByLabel("Verwijzen naar (niet verplicht)").SelectOptionAsync(new SelectOptionValue { Label = (await offerOption.First.InnerTextAsync()).Trim() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await page.GetByText("De actie is toegevoegd.").WaitForAsync();
        var caseUrl = page.Url.Split('?')[0];
        await CheckAsync(page);

        // "Verwijs via haar traject": her pathway page with the offer chosen; consent first, then the referral.
        await page.GetByRole(AriaRole.Link, new() { Name = "Verwijs via haar traject" }).ClickAsync();
        await page.Locator("#uitleg").WaitForAsync();
        Assert.Contains("Sociaal wijkteam Den Haag (voorbeeld)", await page.Locator("#uitleg").InnerTextAsync());
        await CheckAsync(page);
        await page.GetByLabel("Ik heb de uitleg gegeven en zij geeft toestemming").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }).ClickAsync();
        await page.GetByText("De toestemming is vastgelegd.").WaitForAsync();
        await page.GetByLabel($"{offer} – Sociaal wijkteam Den Haag (voorbeeld)").CheckAsync();
        await page.GetByLabel("Reden, in haar eigen woorden").FillAsync("Besproken in het MDO: zij heeft schulden.");
        await page.GetByLabel("Wat hebt u met haar afgesproken").FillAsync("Het wijkteam belt haar deze week.");
        await page.GetByLabel("Hoe bereikt de ontvanger u").FillAsync("070 000 0101");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijzing versturen" }).ClickAsync();
        await page.GetByText("De verwijzing is verstuurd").WaitForAsync();

        await page.GotoAsync(caseUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijzing is gemaakt" }).ClickAsync();
        await page.GetByText("De verwijzing is bij de actie vastgelegd.").WaitForAsync();
        Assert.Contains("verwezen", await page.Locator("#acties + ul").InnerTextAsync());
        await CheckAsync(page);
    }
}
