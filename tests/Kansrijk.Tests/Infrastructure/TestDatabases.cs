using Npgsql;

namespace Kansrijk.Tests.Infrastructure;

/// <summary>A fresh, empty database per use: a file for SQLite, a new database on the test server for PostgreSQL.</summary>
public static class TestDatabases
{
    public const string PostgresVariable = "KANSRIJK_TEST_POSTGRES";

    public static string NewSqlite()
    {
        // A folder of its own, so a test can take the whole database away.
        var folder = Path.Combine(Path.GetTempPath(), "kansrijk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "kansrijk.db")}";
    }

    public static string NewPostgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: run ./test.sh, which starts one, or set {PostgresVariable} to a connection string.");
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = "kansrijk_" + Guid.NewGuid().ToString("N")[..16] }.ToString();
    }
}
