using Kansrijk.Demo;
using OtpNet;

namespace Kansrijk.Tests.Infrastructure;

public static class DemoLogin
{
    /// <summary>The code the administrator's authenticator app shows now.</summary>
    public static string CurrentAdministratorCode() =>
        new Totp(Base32Encoding.ToBytes(DemoAccounts.AdministratorAuthenticatorKey)).ComputeTotp();

    /// <summary>Logs in as the demo administrator with password and authenticator code.</summary>
    public static async Task<HttpClient> AdministratorAsync(KansrijkFactory app)
    {
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
