using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>On a phone: the JGZ nurse registers involvement with a woman the midwife already has, and both see the other's contact point.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class InvolvementBrowserTests(BrowserFixture browser)
{
    private static async Task FillDateAsync(IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Dag").FillAsync(date.Day.ToString());
        await group.GetByLabel("Maand").FillAsync(date.Month.ToString());
        await group.GetByLabel("Jaar").FillAsync(date.Year.ToString());
    }

    [Fact]
    public async Task A_nurse_registers_involvement_on_a_phone_and_sees_whom_to_call()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var birth = today.AddYears(-27);
        var due = today.AddDays(110);
        var name = "Noa Browser" + Guid.NewGuid().ToString("N")[..4];
        await using (var scope = browser.App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Kansrijk.Platform.Database.KansrijkDb>();
            var practice = await db.Organisations.Where(o => o.Name == PathwayDemoData.MidwifePractice).Select(o => o.Id).SingleAsync();
            var (id, errors, _) = await scope.ServiceProvider.GetRequiredService<PathwayService>().OpenAsync(new PathwayService.OpenInput(name,
                birth.ToString("yyyy-MM-dd"), "06 4444 3333", null, null, "GM0518", "2525", due.ToString("yyyy-MM-dd"), practice),
                new HashSet<int> { practice }, "browsertest", fictional: false, CancellationToken.None);
            Assert.NotNull(id);
        }

        foreach (var width in new[] { 390, 320 })
        {
            var page = await browser.NewPageAsync(width, 844);
            await BrowserLogin.AsAsync(page, DemoAccounts.JgzNurse);
            await page.GotoAsync("/trajecten");
            await page.GetByRole(AriaRole.Link, new() { Name = "Betrokkenheid melden" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Betrokkenheid melden" }).WaitForAsync();
            await Axe.AssertNoViolationsAsync(page);
            await Layout.AssertNoSidewaysScrollAsync(page);

            // Errors first: the summary, and what she typed stays.
            await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Betrokkenheid melden" }).ClickAsync();
            await page.Locator("#foutoverzicht").WaitForAsync();
            Assert.Equal(name, await page.GetByLabel("Naam", new() { Exact = true }).InputValueAsync());
            await Axe.AssertNoViolationsAsync(page);

            await FillDateAsync(page, "Geboortedatum", birth);
            await FillDateAsync(page, "Uitgerekende datum", due);
            await page.GetByRole(AriaRole.Button, new() { Name = "Betrokkenheid melden" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Betrokkenheid" }).WaitForAsync();
            var main = await page.Locator("main").InnerTextAsync();
            Assert.Contains($"Ook betrokken: {PathwayDemoData.MidwifePractice}", main);
            Assert.Contains("070 000 0101", main);
            Assert.DoesNotContain("06 4444 3333", main);
            await Axe.AssertNoViolationsAsync(page);
            await Layout.AssertNoSidewaysScrollAsync(page);
        }

        var midwife = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(midwife, DemoAccounts.Professional);
        await midwife.GotoAsync("/trajecten");
        Assert.Contains(PathwayDemoData.Jgz, await midwife.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(midwife);
        await Layout.AssertNoSidewaysScrollAsync(midwife);
    }
}
