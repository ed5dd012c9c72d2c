using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Kansrijk.Tests.Infrastructure;

public static class DemoLogin
{
    /// <summary>The code the administrator's authenticator app shows now.</summary>
    public static string CurrentAdministratorCode() =>
        new Totp(Base32Encoding.ToBytes(DemoAccounts.AdministratorAuthenticatorKey)).ComputeTotp();

    /// <summary>
    /// An authenticator code works once per 30-second step; tests log in as the administrator many times a minute,
    /// so they forget the last step used. (A test that checks the single use does not call this.)
    /// </summary>
    public static async Task AllowAdministratorCodeAgainAsync(KansrijkFactory app)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        await db.Users.Where(u => u.Email == DemoAccounts.Administrator.Email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorTimeStep, (long?)null));
    }

    /// <summary>Logs in as the demo administrator with password and authenticator code.</summary>
    public static async Task<HttpClient> AdministratorAsync(KansrijkFactory app)
    {
        await AllowAdministratorCodeAgainAsync(app);
        var client = app.NewClient();
        var first = await client.LoginAsync(DemoAccounts.Administrator.Email, DemoAccounts.Password);
        if (Forms.PathOf(first.Headers.Location) != "/inloggen/tweestaps")
        {
            throw new InvalidOperationException($"Expected the two-factor step, got {(int)first.StatusCode} {first.Headers.Location}");
        }
        var second = await client.PostFormAsync("/inloggen/tweestaps", new Dictionary<string, string> { ["Code"] = CurrentAdministratorCode() });
        if (Forms.PathOf(second.Headers.Location) != "/")
        {
            throw new InvalidOperationException($"Two-factor step failed: {(int)second.StatusCode}");
        }
        return await client.WithApiTokenAsync();
    }

    public static async Task<HttpClient> AsAsync(KansrijkFactory app, DemoAccounts.Account account)
    {
        var client = app.NewClient();
        var response = await client.LoginAsync(account.Email, DemoAccounts.Password);
        if (Forms.PathOf(response.Headers.Location) != "/")
        {
            throw new InvalidOperationException($"Login as {account.Email} failed: {(int)response.StatusCode}");
        }
        return await client.WithApiTokenAsync();
    }
}
