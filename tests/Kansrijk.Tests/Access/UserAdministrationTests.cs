using System.Net;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Access;

public abstract class UserAdministrationTests(KansrijkFactory app)
{
    [Fact]
    public async Task A_form_with_errors_keeps_what_was_typed_and_names_each_error_at_its_field()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var response = await admin.PostFormAsync("/beheer/gebruikers/nieuw", new Dictionary<string, string>
        {
            ["DisplayName"] = "Petra de Vries",
            ["Email"] = "petra@example.nl",
            ["Password"] = "kort",
            ["Role"] = nameof(Role.Coordinator),
            ["ScopeType"] = nameof(ScopeType.Municipality),
            ["ScopeId"] = "GM9999",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Petra de Vries", page.QuerySelector("input#DisplayName")!.GetAttribute("value"));
        Assert.Equal("petra@example.nl", page.QuerySelector("input#Email")!.GetAttribute("value"));
        Assert.Equal("GM9999", page.QuerySelector("input#ScopeId")!.GetAttribute("value"));
        Assert.Contains("gemeentecode bestaat niet", page.QuerySelector("#ScopeId-fout")!.TextContent);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "petra@example.nl"));
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_nothing_is_stored()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var email = $"zwak-{Guid.NewGuid():N}@example.nl";
        var response = await admin.PostFormAsync("/beheer/gebruikers/nieuw", new Dictionary<string, string>
        {
            ["DisplayName"] = "Zwak Wachtwoord",
            ["Email"] = email,
            // 12 characters, but one of the most common passwords (NIST 800-63B: a blocklist, no character classes).
            ["Password"] = "123456789012",
            ["Role"] = nameof(Role.Analyst),
            ["ScopeType"] = nameof(ScopeType.None),
            ["ScopeId"] = "",
        });
        var page = await Forms.ParseAsync(response);
        Assert.Contains("te vaak gebruikt", page.QuerySelector("#Password-fout")!.TextContent);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task An_administrator_creates_a_scoped_coordinator_who_can_then_log_in()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var email = $"coordinator-{Guid.NewGuid():N}@example.nl";
        var response = await admin.PostFormAsync("/beheer/gebruikers/nieuw", new Dictionary<string, string>
        {
            ["DisplayName"] = "Kees Coördinator",
            ["Email"] = email,
            ["Password"] = "Een-goed-wachtwoord-9",
            ["Role"] = nameof(Role.Coordinator),
            ["ScopeType"] = nameof(ScopeType.Municipality),
            ["ScopeId"] = "gm0392",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var user = await db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == email);
        var role = Assert.Single(user.Roles);
        Assert.Equal((Role.Coordinator, ScopeType.Municipality, "GM0392"), (role.Role, role.ScopeType, role.ScopeId));
        Assert.True(await db.AccessLog.AnyAsync(e => e.Action == AccessAction.Create && e.ObjectType == "Gebruiker" && e.ObjectId == user.Id));

        var login = await app.NewClient().LoginAsync(email, "Een-goed-wachtwoord-9");
        Assert.Equal("/", Forms.PathOf(login.Headers.Location));
    }

    [Fact]
    public async Task The_access_log_page_shows_and_filters_rows_and_confirms_the_chain()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var page = await admin.GetDocumentAsync("/beheer/toegangslog?Actie=Login&Uitkomst=Success");
        var rows = page.QuerySelectorAll("#toegangslog tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Inloggen", r.TextContent));

        var verified = await admin.PostFormAsync("/beheer/toegangslog", new Dictionary<string, string>(), "main form[method=post]");
        var result = await Forms.ParseAsync(verified);
        Assert.Contains("Het toegangslog is in orde", result.QuerySelector("#ketencontrole")!.TextContent);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        admin.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        var response = await admin.PostAsync("/beheer/gebruikers/nieuw", new FormUrlEncodedContent(new Dictionary<string, string> { ["DisplayName"] = "X" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class UserAdministrationSqliteTests(SqliteApp app) : UserAdministrationTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class UserAdministrationPostgresTests(PostgresApp app) : UserAdministrationTests(app);
