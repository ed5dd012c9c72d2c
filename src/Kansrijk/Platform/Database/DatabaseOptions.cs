namespace Kansrijk.Platform.Database;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Database:Provider, Database:MigrateOnStart and ConnectionStrings:Kansrijk (validated in Settings).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string DefaultSqlite = "Data Source=data/kansrijk.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ConnectionStrings:Kansrijk; empty means the embedded SQLite file.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply migrations (and load reference data) at start. Off: run `Kansrijk migrate` as a deployment step.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The text of an unknown provider, for the validator's message.</summary>
    public string? ProviderText { get; set; }

    public string? MigrateOnStartText { get; set; }

    public static void Read(IConfiguration configuration, DatabaseOptions o)
    {
        var section = configuration.GetSection(Section);
        if (section["Provider"] is { Length: > 0 } provider)
        {
            if (Enum.TryParse<DatabaseProvider>(provider.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                o.Provider = parsed;
            }
            else
            {
                o.ProviderText = provider;
            }
        }
        if (section["MigrateOnStart"] is { Length: > 0 } migrate)
        {
            if (bool.TryParse(migrate.Trim(), out var value))
            {
                o.MigrateOnStart = value;
            }
            else
            {
                o.MigrateOnStartText = migrate;
            }
        }
        o.ConnectionString = configuration.GetConnectionString("Kansrijk") is { Length: > 0 } cs ? cs : null;
    }
}
