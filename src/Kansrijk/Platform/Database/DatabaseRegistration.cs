using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Database;

public static class DatabaseRegistration
{
    public static IServiceCollection AddKansrijkDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Kansrijk");
        services.AddSingleton(options);

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Kansrijk.");
            }
            services.AddDbContext<KansrijkDb, PostgresKansrijkDb>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString ?? DatabaseOptions.DefaultSqlite, contentRoot);
            services.AddDbContext<KansrijkDb, SqliteKansrijkDb>(o => o.UseSqlite(sqlite));
        }
        return services;
    }

    /// <summary>Relative paths are resolved against the content root; foreign keys on, a busy timeout set.</summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }
        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
