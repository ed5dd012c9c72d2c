using System.Net;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kansrijk.Tests.Platform;

/// <summary>When the database goes away, /health says so and people get a Dutch error page.</summary>
public abstract class DatabaseDownTests(KansrijkFactory app)
{
    protected abstract Task TakeDatabaseAwayAsync();

    [Fact]
    public async Task Health_and_pages_report_an_unreachable_database_in_dutch()
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gebieden")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await TakeDatabaseAwayAsync();

        var health = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("database is niet bereikbaar", await health.Content.ReadAsStringAsync());
        // Live only says the process answers: a load balancer must not restart it for a database outage.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        var page = await client.GetAsync("/gebieden?q=haarlem");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var document = await Forms.ParseAsync(page);
        Assert.Equal("Er ging iets mis", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Er is niets opgeslagen", document.QuerySelector("main")!.TextContent);

        var api = await client.GetAsync("/api/v1/areas");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class DatabaseDownSqliteTests(IsolatedSqliteApp app) : DatabaseDownTests(app), IClassFixture<IsolatedSqliteApp>
{
    private readonly KansrijkFactory app = app;

    protected override Task TakeDatabaseAwayAsync()
    {
        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        return Task.CompletedTask;
    }
}

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class DatabaseDownPostgresTests(IsolatedPostgresApp app) : DatabaseDownTests(app), IClassFixture<IsolatedPostgresApp>
{
    private readonly KansrijkFactory app = app;

    protected override async Task TakeDatabaseAwayAsync()
    {
        var target = new NpgsqlConnectionStringBuilder(app.ConnectionString);
        var server = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ToString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{target.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
