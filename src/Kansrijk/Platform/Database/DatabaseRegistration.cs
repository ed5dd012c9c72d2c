using Kansrijk.Platform.Caching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kansrijk.Platform.Database;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="KansrijkDb"/> for the provider in Database:Provider. The choice is read when the
    /// first context is made, so configuration added by a host (or a test) after this call still counts.
    /// </summary>
    public static IServiceCollection AddKansrijkDatabase(this IServiceCollection services)
    {
        // every save that changes shown data bumps the data version the output cache keys on (Platform/Caching)
        services.TryAddSingleton<PublicDataVersion>();
        services.TryAddSingleton<DataVersionInterceptor>();
        services.AddDbContext<SqliteKansrijkDb>((sp, o) =>
            o.UseSqlite(SqliteConnectionString(ConnectionString(sp) ?? DatabaseOptions.DefaultSqlite, sp.GetRequiredService<IHostEnvironment>().ContentRootPath))
                .AddInterceptors(sp.GetRequiredService<DataVersionInterceptor>()));
        services.AddDbContext<PostgresKansrijkDb>((sp, o) =>
            o.UseNpgsql(ConnectionString(sp) ?? throw new InvalidOperationException("ConnectionStrings:Kansrijk ontbreekt; die is nodig bij Database:Provider=Postgres."))
                .AddInterceptors(sp.GetRequiredService<DataVersionInterceptor>()));
        services.AddScoped<KansrijkDb>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresKansrijkDb>()
            : sp.GetRequiredService<SqliteKansrijkDb>());
        return services;
    }

    private static string? ConnectionString(IServiceProvider services) => services.GetRequiredService<DatabaseOptions>().ConnectionString;

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
        return builder.ToString();
    }
}
