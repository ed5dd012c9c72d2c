using System.Net;
using System.Text.Json;
using Kansrijk.Access;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Platform;

public abstract class PlatformTests(KansrijkFactory app)
{
    private readonly HttpClient client = app.NewClient();

    [Fact]
    public async Task Health_reports_the_database_as_healthy()
    {
        var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("migrations").GetString());
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await client.GetAsync("/gebieden");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_area_endpoints()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json")).RootElement;
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/areas", out _));
        Assert.True(paths.TryGetProperty("/areas/{code}", out _));
    }

    [Fact]
    public async Task The_migrations_match_the_model_and_are_all_applied()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Starting_again_adds_nothing_twice()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var areas = await db.Areas.CountAsync();
        var demoUsers = await db.Users.CountAsync(u => u.Email!.EndsWith("@kansrijk.demo"));
        var roles = await db.RoleAssignments.CountAsync();

        await DatabaseStartup.PrepareAsync(app.Services, demo: true);

        Assert.Equal(342 + 12 + 25 + 1, areas);
        Assert.Equal(areas, await db.Areas.CountAsync());
        Assert.Equal(DemoAccounts.All.Count, demoUsers);
        Assert.Equal(7, demoUsers);
        Assert.Equal(demoUsers, await db.Users.CountAsync(u => u.Email!.EndsWith("@kansrijk.demo")));
        Assert.Equal(roles, await db.RoleAssignments.CountAsync());
    }

    [Fact]
    public async Task Demo_accounts_hold_their_roles_and_scopes()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var coordinator = await db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == "coordinator.haarlem@kansrijk.demo");
        var role = Assert.Single(coordinator.Roles);
        Assert.Equal((Role.Coordinator, ScopeType.Municipality, "GM0392"), (role.Role, role.ScopeType, role.ScopeId));
        var admin = await db.Users.SingleAsync(u => u.Email == "beheerder@kansrijk.demo");
        Assert.True(admin.TwoFactorEnabled);
        Assert.Equal("Súdwest-Fryslân", (await db.Areas.SingleAsync(a => a.Code == "GM1900")).Name);
        Assert.Equal(AreaType.Country, (await db.Areas.SingleAsync(a => a.Code == "NL01")).Type);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class PlatformSqliteTests(SqliteApp app) : PlatformTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class PlatformPostgresTests(PostgresApp app) : PlatformTests(app);
