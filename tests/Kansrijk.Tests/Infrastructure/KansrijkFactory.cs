using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, on a fresh database of the given provider, in demo mode.
/// Tests talk to it over real HTTP.
/// </summary>
public class KansrijkFactory : WebApplicationFactory<Program>
{
    public KansrijkFactory(DatabaseProvider provider)
    {
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.NewPostgres() : TestDatabases.NewSqlite();
        UseKestrel(0);
    }

    /// <summary>A second instance of the app on the database of another (as behind a load balancer).</summary>
    public KansrijkFactory(KansrijkFactory first)
    {
        Provider = first.Provider;
        ConnectionString = first.ConnectionString;
        UseKestrel(0);
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The address Kestrel listens on, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Kansrijk", ConnectionString);
        builder.UseSetting("Kansrijk:Demo", "true");
        // Many logins from one address in little time: the limiter is for people, not for this suite.
        builder.UseSetting("Kansrijk:LoginAttemptsPerMinute", "10000");
    }

    /// <summary>A client with its own cookie jar that does not follow redirects, so tests can see them.</summary>
    public HttpClient NewClient(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true, CookieContainer = new() })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>A scope on the app's own services, e.g. to read the database the app writes.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();
}

public sealed class SqliteApp() : KansrijkFactory(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : KansrijkFactory(DatabaseProvider.Postgres);

/// <summary>An app of its own, for tests that change or break its database.</summary>
public sealed class IsolatedSqliteApp() : KansrijkFactory(DatabaseProvider.Sqlite);

public sealed class IsolatedPostgresApp() : KansrijkFactory(DatabaseProvider.Postgres);

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite app";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL app";
}

public static class Kinds
{
    public const string Trait = "Kind";
    public const string Unit = "Unit";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string Browser = "Browser";
}
