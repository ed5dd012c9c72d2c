using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

public static class BrowserLogin
{
    public static async Task WithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>Logs in with the demo password and waits for the start page.</summary>
    public static async Task AsAsync(IPage page, DemoAccounts.Account account)
    {
        await WithPasswordAsync(page, account.Email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    public static async Task AsAdministratorAsync(IPage page, KansrijkFactory app)
    {
        await DemoLogin.AllowAdministratorCodeAgainAsync(app);
        await WithPasswordAsync(page, DemoAccounts.Administrator.Email);
        await page.WaitForURLAsync("**/inloggen/tweestaps**");
        await page.GetByLabel("Code uit de app").FillAsync(DemoLogin.CurrentAdministratorCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }
}
