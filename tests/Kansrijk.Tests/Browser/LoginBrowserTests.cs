using Kansrijk.Access;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;

namespace Kansrijk.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class LoginBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_logs_in_with_the_authenticator_code_and_manages_users()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.WithPasswordAsync(page, DemoAccounts.Administrator.Email);
        await page.WaitForURLAsync("**/inloggen/tweestaps**");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Log in met een herstelcode" }).ClickAsync();
        await page.WaitForURLAsync("**/inloggen/herstelcode**");
        await Axe.AssertNoViolationsAsync(page);
        await page.GoBackAsync();

        await page.GetByLabel("Code uit de app").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        Assert.Contains("De code klopt niet", await page.Locator("#Code-fout").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await DemoLogin.AllowAdministratorCodeAgainAsync(browser.App);
        await page.GetByLabel("Code uit de app").FillAsync(DemoLogin.CurrentAdministratorCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Contains("Bea Beheerder", await page.Locator("header").InnerTextAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await page.WaitForURLAsync("**/beheer/gebruikers");
        Assert.Contains("Chris Coördinator", await page.Locator("main table").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Chris Coördinator" }).ClickAsync();
        await page.WaitForURLAsync("**/beheer/gebruikers/*");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/beheer/gebruikers/nieuw");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Fatima El Amrani");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker aanmaken" }).ClickAsync();
        Assert.Equal("Fatima El Amrani", await page.GetByLabel("Naam", new() { Exact = true }).InputValueAsync());
        Assert.Contains("Vul het e-mailadres in", await page.Locator("#Email-fout").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/beheer/toegangslog");
        Assert.Contains("Inloggen", await page.Locator("#toegangslog").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Keten controleren" }).ClickAsync();
        Assert.Contains("Het toegangslog is in orde", await page.Locator("#ketencontrole").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_professional_is_kept_out_of_administration_and_turns_on_two_factor_authentication()
    {
        // her own account: turning on the second factor for the shared demo midwife would lock the other browser tests out
        var email = $"verloskundige-{Guid.NewGuid():N}@example.org";
        await using (var scope = browser.App.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, DisplayName = "Vera Tweestaps", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<Kansrijk.Platform.Database.KansrijkDb>();
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Professional, ScopeType = ScopeType.None });
            await db.SaveChangesAsync();
        }
        var page = await browser.NewPageAsync();
        await BrowserLogin.WithPasswordAsync(page, email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GotoAsync("/beheer/gebruikers");
        await page.WaitForURLAsync("**/geen-toegang**");
        Assert.Equal("Geen toegang", await page.Locator("h1").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn account" }).ClickAsync();
        await page.WaitForURLAsync("**/account/tweestaps");
        await Axe.AssertNoViolationsAsync(page);
        var key = (await page.Locator("#sleutel").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        await page.GetByLabel("Code uit de app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();

        Assert.Equal(10, await page.Locator("#herstelcodes li").CountAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_message_and_keeps_the_email()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync("onbekend@example.nl");
        await page.GetByLabel("Wachtwoord").FillAsync("niet-goed");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        Assert.Contains("Inloggen is niet gelukt", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Equal("onbekend@example.nl", await page.GetByLabel("E-mailadres").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_password_page_and_the_account_buttons_are_axe_clean()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.AsAsync(page, DemoAccounts.Coordinator);
        await page.GotoAsync("/account/tweestaps");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        await page.WaitForURLAsync("**/account/wachtwoord");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Huidig wachtwoord").FillAsync(DemoAccounts.Password);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("passwordpassword");
        await page.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync("passwordpassword");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        Assert.Contains("te vaak gebruikt", await page.Locator("#NewPassword-fout").InnerTextAsync());
        Assert.Contains("te vaak gebruikt", await page.Locator("#foutoverzicht").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        var admin = await browser.NewPageAsync();
        await BrowserLogin.AsAdministratorAsync(admin, browser.App);
        await admin.GotoAsync("/beheer/gebruikers");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Anton Analist" }).ClickAsync();
        await admin.WaitForURLAsync("**/beheer/gebruikers/*");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Account uitzetten" }).ClickAsync();
        Assert.Contains("Het account staat uit", await admin.GetByRole(AriaRole.Status).First.InnerTextAsync());
        await Axe.AssertNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Account weer aanzetten" }).ClickAsync();
        Assert.Contains("Het account staat weer aan", await admin.GetByRole(AriaRole.Status).First.InnerTextAsync());
    }
}
