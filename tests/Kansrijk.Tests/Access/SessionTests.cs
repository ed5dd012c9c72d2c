using System.Diagnostics;
using System.Net;
using Kansrijk.Access;
using Kansrijk.Access.Login;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Access;

/// <summary>Issue 9, sessions: what an attacker with an old cookie, a used code or a stopwatch tries.</summary>
public abstract class SessionTests(KansrijkFactory app)
{
    private const string Password = "Lange-zin-als-wachtwoord";

    private sealed record Browser(HttpClient Client, System.Net.CookieContainer Cookies);

    private Browser NewBrowser()
    {
        var cookies = new System.Net.CookieContainer();
        return new Browser(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = app.BaseAddress }, cookies);
    }

    /// <summary>A request with a copied Cookie header, as an attacker who took the cookie would send it.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookieHeader, string url)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookieHeader);
        return await client.SendAsync(request);
    }

    private async Task<(string Id, string Email)> NewUserAsync(Role? role = null, bool lockout = true)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var email = $"sessie-{Guid.NewGuid():N}@example.nl";
        var user = new User { UserName = email, Email = email, DisplayName = "Sanne Sessie", LockoutEnabled = lockout };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (role is { } r)
        {
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = r, ScopeType = ScopeType.None });
            await db.SaveChangesAsync();
        }
        return (user.Id, email);
    }

    private async Task<Browser> LoggedInAsync(string email, string password = Password)
    {
        var browser = NewBrowser();
        var response = await browser.Client.LoginAsync(email, password);
        Assert.Equal("/", Forms.PathOf(response.Headers.Location));
        return browser;
    }

    private string CookieOf(Browser browser) => browser.Cookies.GetCookieHeader(app.BaseAddress);

    [Fact]
    public async Task An_old_cookie_is_refused_after_logout()
    {
        var (_, email) = await NewUserAsync();
        var browser = await LoggedInAsync(email);
        var stolen = CookieOf(browser);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(stolen, "/account/tweestaps")).StatusCode);

        var logout = await browser.Client.PostFormAsync("/", new Dictionary<string, string>(), "form[action='/uitloggen']");
        Assert.Equal("/uitloggen", Forms.PathOf(logout.Headers.Location));

        var replayed = await ReplayAsync(stolen, "/account/tweestaps");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/inloggen", Forms.PathOf(replayed.Headers.Location));
    }

    [Fact]
    public async Task Logging_out_on_one_device_keeps_the_other_signed_in()
    {
        var (_, email) = await NewUserAsync();
        var laptop = await LoggedInAsync(email);
        var phone = await LoggedInAsync(email);
        await laptop.Client.PostFormAsync("/", new Dictionary<string, string>(), "form[action='/uitloggen']");
        Assert.Equal(HttpStatusCode.OK, (await phone.Client.GetAsync("/account/tweestaps")).StatusCode);
    }

    [Fact]
    public async Task A_removed_role_counts_from_the_next_request()
    {
        var (id, email) = await NewUserAsync(Role.Analyst);
        var analyst = await LoggedInAsync(email);
        var stolen = CookieOf(analyst);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(stolen, "/monitor/import")).StatusCode);

        var admin = await DemoLogin.AdministratorAsync(app);
        var page = await admin.GetDocumentAsync($"/beheer/gebruikers/{id}");
        var form = page.QuerySelectorAll("main form").First(f => f.TextContent.Contains("Rol Analist verwijderen"));
        var roleId = form.QuerySelector("input[name=roleId]")!.GetAttribute("value")!;
        var removed = await admin.PostFormAsync($"/beheer/gebruikers/{id}", new Dictionary<string, string> { ["roleId"] = roleId },
            "main form[action*='RemoveRole']");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);

        var denied = await ReplayAsync(stolen, "/monitor/import");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/geen-toegang", Forms.PathOf(denied.Headers.Location));
        // The person herself stays signed in, with the rights she has now.
        Assert.Equal(HttpStatusCode.OK, (await analyst.Client.GetAsync("/account/tweestaps")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_is_refused_at_the_next_request_and_at_login_until_it_is_enabled_again()
    {
        var (id, email) = await NewUserAsync();
        var user = await LoggedInAsync(email);
        var stolen = CookieOf(user);

        var admin = await DemoLogin.AdministratorAsync(app);
        var disabled = await admin.PostFormAsync($"/beheer/gebruikers/{id}", new Dictionary<string, string>(), "main form[action*='handler=Disable']");
        Assert.Contains("Het account staat uit", (await Forms.ParseAsync(disabled)).QuerySelector("main [role=status]")!.TextContent);

        Assert.Equal("/inloggen", Forms.PathOf((await ReplayAsync(stolen, "/account/tweestaps")).Headers.Location));
        var login = await NewBrowser().Client.LoginAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(LoginModel.FailedMessage, (await Forms.ParseAsync(login)).QuerySelector("main [role=alert]")!.TextContent.Trim());

        await admin.PostFormAsync($"/beheer/gebruikers/{id}", new Dictionary<string, string>(), "main form[action*='handler=Enable']");
        await LoggedInAsync(email);
        await AssertLoggedAsync(id, "Account uitgezet");
        await AssertLoggedAsync(id, "Account weer aangezet");
    }

    [Fact]
    public async Task After_a_forced_reset_the_person_must_choose_a_new_password_before_anything_else()
    {
        var (id, email) = await NewUserAsync(Role.Analyst);
        var before = await LoggedInAsync(email);
        var admin = await DemoLogin.AdministratorAsync(app);
        await admin.PostFormAsync($"/beheer/gebruikers/{id}", new Dictionary<string, string>(), "main form[action*='handler=ForcePasswordReset']");
        Assert.Equal("/inloggen", Forms.PathOf((await before.Client.GetAsync("/account/tweestaps")).Headers.Location));

        var user = await LoggedInAsync(email);
        foreach (var url in new[] { "/", "/monitor/import", "/account/tweestaps" })
        {
            Assert.Equal("/account/wachtwoord", Forms.PathOf((await user.Client.GetAsync(url)).Headers.Location));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await user.Client.GetAsync("/api/v1/monitor/indicators")).StatusCode);
        var page = await user.Client.GetDocumentAsync("/account/wachtwoord");
        Assert.Contains("De beheerder vraagt u een nieuw wachtwoord te kiezen", page.QuerySelector("main")!.TextContent);

        var changed = await user.Client.PostFormAsync("/account/wachtwoord", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Password,
            ["NewPassword"] = "Een-nieuwe-lange-zin-voor-mij",
            ["ConfirmPassword"] = "Een-nieuwe-lange-zin-voor-mij",
        });
        Assert.Contains("Uw wachtwoord is gewijzigd", (await Forms.ParseAsync(changed)).QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/monitor/import")).StatusCode);
        await AssertLoggedAsync(id, "Nieuw wachtwoord verplicht gesteld");
        await AssertLoggedAsync(id, "Wachtwoord gewijzigd");
    }

    [Fact]
    public async Task Everyone_changes_her_own_password_and_a_short_or_common_one_is_refused()
    {
        var (id, email) = await NewUserAsync();
        var user = await LoggedInAsync(email);
        var otherDevice = await LoggedInAsync(email);

        async Task<AngleSharp.Html.Dom.IHtmlDocument> ChangeAsync(string current, string next) =>
            await Forms.ParseAsync(await user.Client.PostFormAsync("/account/wachtwoord", new Dictionary<string, string>
            {
                ["CurrentPassword"] = current,
                ["NewPassword"] = next,
                ["ConfirmPassword"] = next,
            }));

        Assert.Contains("minstens 12 tekens", (await ChangeAsync(Password, "kort-11-tkn"))!.QuerySelector("#NewPassword-fout")!.TextContent);
        Assert.Contains("te vaak gebruikt", (await ChangeAsync(Password, "passwordpassword"))!.QuerySelector("#NewPassword-fout")!.TextContent);
        Assert.Contains("te vaak gebruikt", (await ChangeAsync(Password, "QWERTYUIOPASDFGH"))!.QuerySelector("#NewPassword-fout")!.TextContent);
        Assert.Contains("klopt niet", (await ChangeAsync("niet-mijn-wachtwoord", "een zin zonder hoofdletters"))!.QuerySelector("#CurrentPassword-fout")!.TextContent);
        // No character classes needed: a long phrase in lower case is fine.
        Assert.NotNull((await ChangeAsync(Password, "een zin zonder hoofdletters")).QuerySelector("main [role=status]"));

        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/account/tweestaps")).StatusCode);
        Assert.Equal("/inloggen", Forms.PathOf((await otherDevice.Client.GetAsync("/account/tweestaps")).Headers.Location));
        Assert.Equal(LoginModel.FailedMessage, (await Forms.ParseAsync(await NewBrowser().Client.LoginAsync(email, Password))).QuerySelector("main [role=alert]")!.TextContent.Trim());
        await LoggedInAsync(email, "een zin zonder hoofdletters");
        await AssertLoggedAsync(id, "Wachtwoord gewijzigd");
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_once()
    {
        await DemoLogin.AllowAdministratorCodeAgainAsync(app);
        var code = DemoLogin.CurrentAdministratorCode();
        var first = NewBrowser();
        await first.Client.LoginAsync(DemoAccounts.Administrator.Email, DemoAccounts.Password);
        var accepted = await first.Client.PostFormAsync("/inloggen/tweestaps", new Dictionary<string, string> { ["Code"] = code });
        if (Forms.PathOf(accepted.Headers.Location) != "/")
        {
            // The 30-second step changed between computing the code and using it: once more with a fresh code.
            await DemoLogin.AllowAdministratorCodeAgainAsync(app);
            code = DemoLogin.CurrentAdministratorCode();
            accepted = await first.Client.PostFormAsync("/inloggen/tweestaps", new Dictionary<string, string> { ["Code"] = code });
        }
        Assert.Equal("/", Forms.PathOf(accepted.Headers.Location));

        var attacker = NewBrowser();
        await attacker.Client.LoginAsync(DemoAccounts.Administrator.Email, DemoAccounts.Password);
        var reused = await attacker.Client.PostFormAsync("/inloggen/tweestaps", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("De code klopt niet", (await Forms.ParseAsync(reused)).QuerySelector("#Code-fout")!.TextContent);
    }

    [Fact]
    public async Task The_authenticator_key_is_encrypted_and_recovery_codes_are_hashed_in_the_database()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var administrator = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoAccounts.Administrator.Email);
        var stored = await db.UserTokens.AsNoTracking().SingleAsync(t => t.UserId == administrator.Id && t.Name == "AuthenticatorKey");
        Assert.DoesNotContain(DemoAccounts.AdministratorAuthenticatorKey, stored.Value!, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("dp1:", stored.Value);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var (id, _) = await NewUserAsync();
        var user = (await users.FindByIdAsync(id))!;
        await users.ResetAuthenticatorKeyAsync(user);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        var raw = await db.UserTokens.AsNoTracking().SingleAsync(t => t.UserId == id && t.Name == "RecoveryCodes");
        Assert.All(codes, c => Assert.DoesNotContain(c, raw.Value!));
        Assert.Equal(10, await users.CountRecoveryCodesAsync(user));
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        // The stored hash itself is no code.
        var hash = (await db.UserTokens.AsNoTracking().SingleAsync(t => t.UserId == id && t.Name == "RecoveryCodes")).Value!.Split(';')[0];
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, hash)).Succeeded);
    }

    [Fact]
    public async Task Login_takes_as_long_for_an_unknown_address_as_for_a_known_one()
    {
        // Lockout off for this account, so every attempt takes the wrong-password path.
        var (_, email) = await NewUserAsync(lockout: false);
        var client = app.NewClient();
        var page = await client.GetDocumentAsync("/inloggen");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        async Task<double> AttemptAsync(string address)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = address,
                ["Password"] = "Niet-het-goede-wachtwoord",
                ["__RequestVerificationToken"] = token,
            });
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsync("/inloggen", content);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return watch.Elapsed.TotalMilliseconds;
        }

        await AttemptAsync(email);
        await AttemptAsync("onbekend@example.nl");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 25; i++)
        {
            // Interleaved, so a busy moment on the machine hits both alike.
            known.Add(await AttemptAsync(email));
            unknown.Add(await AttemptAsync($"onbekend-{i}@example.nl"));
        }
        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var (k, u) = (Median(known), Median(unknown));
        // Without the dummy hash an unknown address answers several times faster (no password hashing at all).
        Assert.True(u > k * 0.6 && u < k * 1.6, $"median known {k:F1} ms, unknown {u:F1} ms");
    }

    private async Task AssertLoggedAsync(string userId, string details)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.True(await db.AccessLog.AsNoTracking().AnyAsync(e => e.ObjectId == userId && e.Details == details), $"no access-log row '{details}'");
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SessionSqliteTests(SqliteApp app) : SessionTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class SessionPostgresTests(PostgresApp app) : SessionTests(app);
