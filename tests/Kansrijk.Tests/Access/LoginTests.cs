using System.Net;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Login;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Access;

public abstract class LoginTests(KansrijkFactory app)
{
    private async Task<string?> ErrorOnPage(HttpResponseMessage response) =>
        (await Forms.ParseAsync(response)).QuerySelector("main [role=alert]")?.TextContent.Trim();

    private async Task<string> NewUserAsync(string password)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var email = $"test-{Guid.NewGuid():N}@example.nl";
        var result = await users.CreateAsync(new User { UserName = email, Email = email, DisplayName = "Test Persoon" }, password);
        Assert.True(result.Succeeded);
        return email;
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_message()
    {
        var client = app.NewClient();
        var email = await NewUserAsync("Juist-wachtwoord-1");
        var wrongPassword = await client.LoginAsync(email, "Fout-wachtwoord-1");
        var unknown = await client.LoginAsync("niemand@example.nl", "Fout-wachtwoord-1");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(LoginModel.FailedMessage, await ErrorOnPage(wrongPassword));
        Assert.Equal(LoginModel.FailedMessage, await ErrorOnPage(unknown));
    }

    [Fact]
    public async Task The_typed_email_is_kept_after_a_failed_login()
    {
        var response = await app.NewClient().LoginAsync("iemand@example.nl", "fout");
        var page = await Forms.ParseAsync(response);
        Assert.Equal("iemand@example.nl", page.QuerySelector("input#Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_is_refused()
    {
        var client = app.NewClient();
        var email = await NewUserAsync("Juist-wachtwoord-1");
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(email, $"Fout-{i}-wachtwoord");
        }
        var right = await client.LoginAsync(email, "Juist-wachtwoord-1");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(LoginModel.FailedMessage, await ErrorOnPage(right));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
        var entries = await db.AccessLog.AsNoTracking().Where(e => e.UserName == email && e.Action == AccessAction.Login).ToListAsync();
        // Four plain failures; the fifth locks the account, and the attempt after it is refused as well.
        Assert.Equal(4, entries.Count(e => e.Outcome == AccessOutcome.Failure));
        Assert.Equal(2, entries.Count(e => e.Outcome == AccessOutcome.Denied));
        Assert.DoesNotContain(entries, e => e.Outcome == AccessOutcome.Success);
    }

    [Fact]
    public async Task A_coordinator_logs_in_and_the_login_is_in_the_access_log()
    {
        var client = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Chris Coördinator", home.QuerySelector("header")!.TextContent);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var login = await db.AccessLog.AsNoTracking()
            .Where(e => e.UserName == DemoAccounts.Coordinator.Email && e.Action == AccessAction.Login && e.Outcome == AccessOutcome.Success)
            .OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal("127.0.0.1", login.SourceAddress);
        Assert.NotNull(login.UserId);
    }

    [Fact]
    public async Task The_administrator_needs_the_authenticator_code()
    {
        var client = app.NewClient();
        var first = await client.LoginAsync(DemoAccounts.Administrator.Email, DemoAccounts.Password);
        Assert.Equal("/inloggen/tweestaps", Forms.PathOf(first.Headers.Location));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/beheer/gebruikers")).StatusCode);

        var wrong = await client.PostFormAsync("/inloggen/tweestaps", new Dictionary<string, string> { ["Code"] = "000000" == DemoLogin.CurrentAdministratorCode() ? "111111" : "000000" });
        var wrongPage = await Forms.ParseAsync(wrong);
        Assert.Contains("De code klopt niet", wrongPage.QuerySelector("#Code-fout")!.TextContent);

        await DemoLogin.AllowAdministratorCodeAgainAsync(app);
        var right = await client.PostFormAsync("/inloggen/tweestaps", new Dictionary<string, string> { ["Code"] = DemoLogin.CurrentAdministratorCode() });
        Assert.Equal("/", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer/gebruikers")).StatusCode);
    }

    [Fact]
    public async Task Administration_is_closed_to_anonymous_visitors_and_other_roles()
    {
        var anonymous = await app.NewClient().GetAsync("/beheer/toegangslog");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/inloggen", Forms.PathOf(anonymous.Headers.Location));

        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var denied = await coordinator.GetAsync("/beheer/gebruikers");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/geen-toegang", Forms.PathOf(denied.Headers.Location));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class LoginSqliteTests(SqliteApp app) : LoginTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class LoginPostgresTests(PostgresApp app) : LoginTests(app);
