using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Platform;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Operations;
using Kansrijk.Platform.Settings;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Operations;

/// <summary>Settings are checked at start: a bad one gives one line naming the key.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class SettingsTests
{
    private static string? ProblemsWith(params string[] settings)
    {
        var app = KansrijkApp.Build([.. settings.Select(s => "--" + s), "--environment=Production"]);
        return SettingsRegistration.Problems(app.Services);
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Null(ProblemsWith());

    [Fact]
    public void An_unknown_provider_is_named() =>
        Assert.Equal("Ongeldige instelling: Database:Provider 'Oracle' bestaat niet; kies Sqlite of Postgres.", ProblemsWith("Database:Provider=Oracle"));

    [Fact]
    public void Postgres_without_a_connection_string_is_named() =>
        Assert.Contains("ConnectionStrings:Kansrijk ontbreekt", ProblemsWith("Database:Provider=Postgres"));

    [Theory]
    [InlineData("ForwardedHeaders:KnownNetworks:0=10.0.0.0/99", "ForwardedHeaders:KnownNetworks:0")]
    [InlineData("ForwardedHeaders:KnownProxies:0=proxy.example", "ForwardedHeaders:KnownProxies:0")]
    [InlineData("Kansrijk:LoginAttemptsPerMinute=0", "Kansrijk:LoginAttemptsPerMinute")]
    [InlineData("DataProtection:EncryptionKey=kort", "DataProtection:EncryptionKey")]
    [InlineData("OpenTelemetry:OtlpEndpoint=geen adres", "OpenTelemetry:OtlpEndpoint")]
    [InlineData("RequestLog:SampleRate=2", "RequestLog:SampleRate")]
    [InlineData("Database:MigrateOnStart=misschien", "Database:MigrateOnStart")]
    [InlineData("Authentication:OpenIdConnect:Authority=https://login.example", "Authentication:OpenIdConnect:ClientId")]
    [InlineData("HttpsPort=99999", "HttpsPort")]
    public void An_invalid_setting_is_named(string setting, string key)
    {
        var problem = ProblemsWith(setting);
        Assert.NotNull(problem);
        Assert.StartsWith("Ongeldige instelling: ", problem);
        Assert.Contains(key, problem);
        Assert.DoesNotContain('\n', problem);
    }
}

/// <summary>The built app as an operator runs it: `migrate`, and a bad setting stopping the start.</summary>
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CommandLineTests
{
    private static readonly string AppDll = Path.Combine(
        AppContext.BaseDirectory.Replace($"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}Kansrijk.Tests{Path.DirectorySeparatorChar}",
            $"{Path.DirectorySeparatorChar}src{Path.DirectorySeparatorChar}Kansrijk{Path.DirectorySeparatorChar}"), "Kansrijk.dll");

    private static async Task<(int Code, string Out, string Error)> RunAsync(IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(AppDll)! };
        start.ArgumentList.Add(AppDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataProtection__EncryptionKey"] = KansrijkFactory.TestKeyRingKey;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Migrate_applies_the_migrations_once_and_exits()
    {
        Assert.True(File.Exists(AppDll), AppDll);
        // A folder that does not exist yet, so the command makes it (for the service user only).
        var connection = TestDatabases.NewSqlite().Replace("kansrijk.db", Path.Combine("nieuw", "kansrijk.db"));
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Kansrijk"] = connection };

        var first = await RunAsync(environment, "migrate");
        Assert.True(first.Code == 0, first.Out + first.Error);
        Assert.Matches(@"De database is bijgewerkt: \d+ migraties toegepast\.", first.Out);
        var second = await RunAsync(environment, "migrate");
        Assert.Equal(0, second.Code);
        Assert.Contains("geen migraties toegepast", second.Out);

        var file = new SqliteConnectionStringBuilder(connection).DataSource;
        await using var db = new SqliteKansrijkDb(new DbContextOptionsBuilder<SqliteKansrijkDb>().UseSqlite(connection).Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(await db.Areas.AnyAsync(a => a.Code == "GM0392"), "migrate loads the reference areas too");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        }
    }

    [Theory]
    [InlineData("Database__Provider", "Oracle", "Database:Provider")]
    [InlineData("Database__Provider", "Postgres", "ConnectionStrings:Kansrijk")]
    public async Task A_bad_setting_stops_the_app_with_one_line_naming_the_key(string variable, string value, string key)
    {
        var result = await RunAsync(new Dictionary<string, string> { [variable] = value, ["ConnectionStrings__Kansrijk"] = "" });
        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(key, line);
        Assert.DoesNotContain("Exception", result.Out + result.Error);
    }
}

/// <summary>Ready means database reachable and migrated; live only that the process answers.</summary>
public abstract class ReadinessTests
{
    [Fact]
    public async Task Without_migrations_the_app_is_live_but_not_ready_until_migrate_has_run()
    {
        await using var app = await NewAppAsync();
        app.Settings["Database:MigrateOnStart"] = "false";
        app.Settings["Kansrijk:Demo"] = "false";
        var client = app.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var notReady = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Contains("migraties", await notReady.Content.ReadAsStringAsync());

        await DatabaseStartup.PrepareAsync(app.Services, demo: false);

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Kansrijk.Platform.Web.HealthEndpoint.Version, body.GetProperty("version").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", body.GetProperty("version").GetString());
    }

    /// <summary>An app on an empty database that exists (as an operator makes one before the first migrate).</summary>
    protected abstract Task<KansrijkFactory> NewAppAsync();
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ReadinessSqliteTests : ReadinessTests
{
    protected override Task<KansrijkFactory> NewAppAsync() => Task.FromResult(new KansrijkFactory(DatabaseProvider.Sqlite));
}

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ReadinessPostgresTests : ReadinessTests
{
    [Fact]
    public async Task When_the_database_server_is_down_the_app_is_live_but_not_ready()
    {
        // A server address where nothing listens: the process still answers, readiness says the database is away.
        await using var app = new KansrijkFactory(DatabaseProvider.Postgres,
            $"Host=127.0.0.1;Port={UnusedPort()};Database=kansrijk;Username=postgres;Timeout=2");
        app.Settings["Database:MigrateOnStart"] = "false";
        app.Settings["Kansrijk:Demo"] = "false";
        var client = app.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var notReady = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Contains("database", await notReady.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static int UnusedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override async Task<KansrijkFactory> NewAppAsync()
    {
        var app = new KansrijkFactory(DatabaseProvider.Postgres);
        var target = new Npgsql.NpgsqlConnectionStringBuilder(app.ConnectionString);
        var server = new Npgsql.NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(server.ToString());
        await connection.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", connection);
        await create.ExecuteNonQueryAsync();
        return app;
    }
}

/// <summary>
/// The key ring is shared through the database and encrypted there: a login on one instance is valid on another
/// (and after a restart), and a form from one posts to the other.
/// </summary>
public abstract class KeyRingTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task A_second_instance_on_the_same_database_accepts_the_login_and_the_forms_of_the_first()
    {
        await using var first = new KansrijkFactory(Provider);
        var client = first.NewClient();
        Assert.Equal("/", Forms.PathOf((await client.LoginAsync(DemoAccounts.Analyst.Email, DemoAccounts.Password)).Headers.Location));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/tweestaps")).StatusCode);

        await using var second = new KansrijkFactory(Provider, first.ConnectionString, first.KeyFolder);
        var other = second.BaseAddress;
        // The same cookie jar (cookies do not care about the port): the first instance's cookie on the second instance.
        var onSecond = await client.GetAsync(new Uri(other, "/account/tweestaps"));
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);

        // A form rendered by the first instance, posted to the second.
        var fresh = first.NewClient();
        var login = await fresh.PostFormAsync("/inloggen",
            new Dictionary<string, string> { ["Email"] = DemoAccounts.Analyst.Email, ["Password"] = DemoAccounts.Password },
            action: new Uri(other, "/inloggen").ToString());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", Forms.PathOf(login.Headers.Location));

        await using var scope = second.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var keys = await db.DataProtectionKeys.ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.Contains(nameof(AesGcmXmlDecryptor), k.Xml);
            Assert.Contains("<ciphertext>", k.Xml);
            Assert.DoesNotContain("<value>", k.Xml); // the plain master key would be in <masterKey><value>
        });
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class KeyRingSqliteTests : KeyRingTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class KeyRingPostgresTests : KeyRingTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>The client address comes from X-Forwarded-For only when the request comes from a configured proxy.</summary>
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ProxyAddressTests
{
    private static async Task<HttpStatusCode> LoginPageAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task A_varying_forwarded_header_from_an_unknown_address_does_not_escape_the_login_limit()
    {
        await using var app = new KansrijkFactory(DatabaseProvider.Sqlite);
        app.Settings["Kansrijk:LoginAttemptsPerMinute"] = "3";
        var client = app.NewClient();
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await LoginPageAsync(client, $"198.51.100.{i}"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginPageAsync(client, "198.51.100.99"));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_the_forwarded_address_counts_for_the_limit_and_the_access_log()
    {
        await using var app = new KansrijkFactory(DatabaseProvider.Sqlite);
        app.Settings["Kansrijk:LoginAttemptsPerMinute"] = "3";
        app.Settings["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8";
        var client = app.NewClient();
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await LoginPageAsync(client, "203.0.113.7"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginPageAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await LoginPageAsync(client, "203.0.113.8"));

        // A login through the "proxy" is logged with the client's address.
        var token = await TokenAsync(client, "203.0.113.9");
        var post = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = DemoAccounts.Analyst.Email,
                ["Password"] = DemoAccounts.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("X-Forwarded-For", "203.0.113.9");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(post)).StatusCode);
        await using var scope = app.Scope();
        var last = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().AccessLog.OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(AccessAction.Login, last.Action);
        Assert.Equal("203.0.113.9", last.SourceAddress);
    }

    private static async Task<string> TokenAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        var document = await Forms.ParseAsync(await client.SendAsync(request));
        return document.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
