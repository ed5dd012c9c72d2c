using System.Net;
using Kansrijk.Access;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Kansrijk.Tests.Access;

public abstract class TwoFactorTests(KansrijkFactory app)
{
    private const string Password = "Beheer-wachtwoord-7";

    private async Task<(string Email, User User)> NewAdministratorAsync()
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var email = $"beheer-{Guid.NewGuid():N}@example.nl";
        var user = new User { UserName = email, Email = email, DisplayName = "Nieuwe Beheerder" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Administrator, ScopeType = ScopeType.None });
        await db.SaveChangesAsync();
        return (email, user);
    }

    [Fact]
    public async Task An_administrator_without_a_second_factor_must_set_one_up_before_managing_anything()
    {
        var (email, _) = await NewAdministratorAsync();
        var client = app.NewClient();
        var login = await client.LoginAsync(email, Password);
        Assert.Equal("/", Forms.PathOf(login.Headers.Location));

        var denied = await client.GetAsync("/beheer/gebruikers");
        Assert.Equal("/geen-toegang", Forms.PathOf(denied.Headers.Location));
        var explanation = await client.GetDocumentAsync("/geen-toegang");
        Assert.Contains("Beheerders moeten inloggen met tweestapsverificatie", explanation.QuerySelector("main")!.TextContent);

        var setup = await client.GetDocumentAsync("/account/tweestaps");
        var key = setup.QuerySelector("#sleutel")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var enabled = await client.PostFormAsync("/account/tweestaps", new Dictionary<string, string>
        {
            ["Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(),
        });
        var codes = (await Forms.ParseAsync(enabled)).QuerySelectorAll("#herstelcodes li").Select(li => li.TextContent).ToList();
        Assert.Equal(10, codes.Count);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer/gebruikers")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_logs_in_once_and_never_again()
    {
        var (email, user) = await NewAdministratorAsync();
        string code;
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var fresh = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(fresh);
            await users.SetTwoFactorEnabledAsync(fresh, true);
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync(fresh, 10))!.First();
        }

        async Task<HttpResponseMessage> LoginWithRecoveryCodeAsync()
        {
            var client = app.NewClient();
            var first = await client.LoginAsync(email, Password);
            Assert.Equal("/inloggen/tweestaps", Forms.PathOf(first.Headers.Location));
            return await client.PostFormAsync("/inloggen/herstelcode", new Dictionary<string, string> { ["RecoveryCode"] = code });
        }

        Assert.Equal("/", Forms.PathOf((await LoginWithRecoveryCodeAsync()).Headers.Location));
        var second = await LoginWithRecoveryCodeAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("De code klopt niet", (await Forms.ParseAsync(second)).QuerySelector("#RecoveryCode-fout")!.TextContent);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class TwoFactorSqliteTests(SqliteApp app) : TwoFactorTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class TwoFactorPostgresTests(PostgresApp app) : TwoFactorTests(app);
