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
    /// <summary>The key that encrypts the key ring in the tests (never a real one).</summary>
    public const string TestKeyRingKey = "dGVzdC1zbGV1dGVsLXZvb3Ita2Fuc3Jpams7MzJieXQ=";

    /// <param name="keyFolder">A second instance on the same database shares the first one's access-log key, as in production.</param>
    public KansrijkFactory(DatabaseProvider provider, string? connectionString = null, string? keyFolder = null)
    {
        Provider = provider;
        ConnectionString = connectionString ?? (provider == DatabaseProvider.Postgres ? TestDatabases.NewPostgres() : TestDatabases.NewSqlite());
        KeyFolder = keyFolder ?? Path.Combine(Path.GetTempPath(), "kansrijk-tests", "keys-" + Guid.NewGuid().ToString("N"));
        UseKestrel(0);
    }

    /// <summary>Extra settings for this app, applied after the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>A second instance of the app on the database of another (as behind a load balancer).</summary>
    public KansrijkFactory(KansrijkFactory first)
    {
        Provider = first.Provider;
        ConnectionString = first.ConnectionString;
        KeyFolder = first.KeyFolder;
        UseKestrel(0);
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>The access log's key and checkpoint file: outside the database, as in production.</summary>
    public string KeyFolder { get; }
    public string CheckpointFile => Path.Combine(KeyFolder, "access-log.checkpoints");

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
        builder.UseSetting("AccessLog:KeyFile", Path.Combine(KeyFolder, "access-log.key"));
        builder.UseSetting("AccessLog:CheckpointFile", CheckpointFile);
        builder.UseSetting("ClientData:KeyFile", Path.Combine(KeyFolder, "client-data.keys"));
        // Tests seal when they choose to, so a seal never lands in the middle of a test's tampering.
        builder.UseSetting("AccessLog:SealIntervalSeconds", "3600");
        // Many logins from one address in little time: the limiter is for people, not for this suite.
        builder.UseSetting("Kansrijk:LoginAttemptsPerMinute", "10000");
        builder.UseSetting("Kansrijk:QuestionnaireCodeAttempts", "10000");
        builder.UseSetting("DataProtection:EncryptionKey", TestKeyRingKey);
        // Warming the output cache after every change would render some 70 pages in the background after each test's
        // save; the test of the warm-up switches it on for its own instance.
        builder.UseSetting("Kansrijk:Cache:WarmAfterChanges", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
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
    public const string Deployment = "Deployment";
}
