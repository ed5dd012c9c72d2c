namespace Kansrijk.Platform.Database;

public enum DatabaseProvider { Sqlite, Postgres }

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string DefaultSqlite = "Data Source=data/kansrijk.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
