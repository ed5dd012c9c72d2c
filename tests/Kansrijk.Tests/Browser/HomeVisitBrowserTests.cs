using Kansrijk.Access;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>
/// The prenatal home visit on a phone: the midwife offers it to a woman in Haarlem (for all, so no reason) with its own
/// consent; the JGZ nurse plans it, records the visit and the outcome and refers on to the Sociaal Wijk Team Haarlem,
/// whose worker finds it in her inbox. Every page axe-clean and without sideways scroll at 390 px.
/// </summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class HomeVisitBrowserTests(BrowserFixture browser)
{
    private const string HaarlemWorker = "wijkteam.haarlem.test@example.org";

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
    }

    /// <summary>A professional of the Sociaal Wijk Team Haarlem (the demo has none).</summary>
    private async Task EnsureHaarlemWorkerAsync()
    {
        await using var scope = browser.App.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        if (await users.FindByEmailAsync(HaarlemWorker) is not null) return;
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var team = await db.Organisations.Where(o => o.Name == "Sociaal Wijk Team Haarlem (voorbeeld)").Select(o => o.Id).SingleAsync();
        var user = new User { UserName = HaarlemWorker, Email = HaarlemWorker, DisplayName = "Hester Wijkteam", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Professional, ScopeType = ScopeType.Organisation, ScopeId = team.ToString() });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_midwife_offers_the_home_visit_the_jgz_makes_it_and_refers_on_to_the_wijkteam()
    {
        await EnsureHaarlemWorkerAsync();
        var name = "Fleur Huisbezoek" + Guid.NewGuid().ToString("N")[..4];
        var today = DateTime.UtcNow.Date;

        // The midwife: a woman in Haarlem, the home visit offered to all, its own consent, a referral without a reason.
        var midwife = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(midwife, DemoAccounts.Professional);
        await midwife.GotoAsync("/trajecten/nieuw");
        await midwife.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await FillDateAsync(midwife, "Geboortedatum", today.AddYears(-30));
        await midwife.GetByLabel("Telefoonnummer").FillAsync("06 7777 0000");
        await midwife.GetByLabel("Gemeente waar zij woont").SelectOptionAsync("GM0392");
        await midwife.GetByLabel("Cijfers van de postcode").FillAsync("2011");
        await FillDateAsync(midwife, "Uitgerekende datum", today.AddDays(95));
        await midwife.GetByRole(AriaRole.Button, new() { Name = "Traject openen" }).ClickAsync();
        await midwife.GetByRole(AriaRole.Heading, new() { Name = "Prenataal huisbezoek" }).WaitForAsync();
        Assert.Contains("alle zwangeren", await midwife.Locator("main").InnerTextAsync());
        await CheckAsync(midwife);
        await midwife.GetByRole(AriaRole.Link, new() { Name = "Vraag toestemming voor het huisbezoek: Prenataal huisbezoek door de JGZ (voorbeeld)" }).ClickAsync();
        Assert.Contains("een huisbezoek tijdens de zwangerschap door de jeugdgezondheidszorg", await midwife.Locator("#uitleg").InnerTextAsync());
        await midwife.GetByLabel("Ik heb de uitleg gegeven en zij geeft toestemming").CheckAsync();
        await midwife.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }).ClickAsync();
        await midwife.GetByText("De toestemming is vastgelegd.").WaitForAsync();
        Assert.Contains("prenataal huisbezoek door", await midwife.Locator("main").InnerTextAsync());
        await midwife.GetByLabel("Prenataal huisbezoek door de JGZ (voorbeeld) – JGZ Kennemerland (voorbeeld)").CheckAsync();
        await midwife.GetByLabel("Wat hebt u met haar afgesproken").FillAsync("De JGZ belt haar voor een afspraak.");
        await midwife.GetByLabel("Hoe bereikt de ontvanger u").FillAsync("070 000 0101");
        await midwife.GetByRole(AriaRole.Button, new() { Name = "Verwijzing versturen" }).ClickAsync();
        await midwife.GetByText("De verwijzing is verstuurd").WaitForAsync();
        await CheckAsync(midwife);

        // The JGZ nurse: from the inbox to the home visit; plan, the visit itself, the outcome.
        var nurse = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(nurse, DemoAccounts.JgzNurse);
        await nurse.GotoAsync("/verwijzingen");
        await CheckAsync(nurse);
        await nurse.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await CheckAsync(nurse);
        await nurse.GetByRole(AriaRole.Link, new() { Name = "Plan het bezoek en leg contacten en de uitkomst vast" }).ClickAsync();
        await nurse.GetByRole(AriaRole.Heading, new() { Name = $"Prenataal huisbezoek: {name}" }).WaitForAsync();
        Assert.Contains("06 7777 0000", await nurse.Locator("main").InnerTextAsync());
        await CheckAsync(nurse);
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Bezoek plannen" }).ClickAsync();
        await nurse.Locator(".utrecht-form-fieldset--invalid").First.WaitForAsync(); // no date: an error, in Dutch, with a summary
        Assert.StartsWith("Fout:", await nurse.TitleAsync());
        await CheckAsync(nurse);
        await FillDateAsync(nurse, "Datum van het bezoek", today.AddDays(7));
        await nurse.Locator("#plan-Home").CheckAsync();
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Bezoek plannen" }).ClickAsync();
        await nurse.GetByText("Het bezoek is gepland.").WaitForAsync();
        Assert.Contains("contact gelegd", await nurse.Locator("main").InnerTextAsync());
        await CheckAsync(nurse);
        await FillDateAsync(nurse, "Datum van het contact", today);
        await nurse.Locator("#contact-Home").CheckAsync();
        await nurse.GetByLabel("gesproken, bezoek gedaan").CheckAsync();
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Contact vastleggen" }).ClickAsync();
        await nurse.GetByText("Het contact is vastgelegd.").WaitForAsync();
        await CheckAsync(nurse);
        await nurse.GetByLabel("verwijzing naar een interventie").CheckAsync();
        await nurse.GetByLabel("Bij een verwijzing: welke interventie uit de menukaart").SelectOptionAsync(new SelectOptionValue { Label = "Stevig Ouderschap" });
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
        await nurse.GetByText("De uitkomst is vastgelegd.").WaitForAsync();
        await CheckAsync(nurse);

        // Refer on, straight from the outcome: explanation, consent, handover.
        await nurse.GetByLabel("Naar welk hulpaanbod").SelectOptionAsync(new SelectOptionValue { Label = "Ondersteuning thuis door het Sociaal Wijk Team – Sociaal Wijk Team Haarlem (voorbeeld)" });
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Toon de uitleg" }).ClickAsync();
        Assert.Contains("Sociaal Wijk Team Haarlem (voorbeeld)", await nurse.Locator("#uitleg").InnerTextAsync());
        await CheckAsync(nurse);
        await nurse.GetByLabel("Ik heb de uitleg gegeven en zij geeft toestemming").CheckAsync();
        await nurse.GetByLabel("Reden, in haar eigen woorden").FillAsync("Ze wil graag hulp bij het opvoeden van haar oudste.");
        await nurse.GetByLabel("Wat hebt u met haar afgesproken").FillAsync("Het wijkteam belt haar na de geboorte.");
        await nurse.GetByLabel("Hoe bereikt de ontvanger u").FillAsync("023 000 0101");
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Verwijzen met toestemming" }).ClickAsync();
        await nurse.GetByText("De toestemming is vastgelegd en de verwijzing is verstuurd.").WaitForAsync();
        Assert.Contains("Ondersteuning thuis door het Sociaal Wijk Team (Sociaal Wijk Team Haarlem (voorbeeld)): aangemeld", await nurse.Locator("main").InnerTextAsync());
        await CheckAsync(nurse);

        // The wijkteam worker finds it in her inbox, from the JGZ.
        var worker = await browser.NewPageAsync(390, 844);
        await BrowserLogin.WithPasswordAsync(worker, HaarlemWorker);
        await worker.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await worker.GotoAsync("/verwijzingen");
        await CheckAsync(worker);
        var row = worker.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        Assert.Contains("JGZ Kennemerland (voorbeeld)", await row.InnerTextAsync());
        await worker.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        Assert.Contains("Ze wil graag hulp bij het opvoeden van haar oudste.", await worker.Locator("main").InnerTextAsync());
        await CheckAsync(worker);

        // Back at the midwife: the home visit is done.
        await midwife.ReloadAsync();
        Assert.Contains("afgerond", await midwife.Locator("main").InnerTextAsync());
    }
}
