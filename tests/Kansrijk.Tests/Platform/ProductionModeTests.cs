using System.Net;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Platform;

/// <summary>The app as it runs in production: HTTPS only, and never demo data or demo accounts.</summary>
public sealed class ProductionApp() : KansrijkFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Kansrijk:Demo", "false");
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ProductionModeTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        var response = await app.NewClient().GetAsync("/gebieden");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location?.Scheme);
    }

    [Fact]
    public async Task Production_has_no_demo_accounts_but_does_have_the_reference_areas()
    {
        _ = app.BaseAddress; // starts the app, which migrates and loads the areas
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Kansrijk.Access.User>>();
        Assert.Null(await users.FindByEmailAsync("beheerder@kansrijk.demo"));
        var areas = scope.ServiceProvider.GetRequiredService<Kansrijk.Geography.AreaQueries>();
        Assert.NotNull(await areas.FindAsync("GM0392"));
    }
}
