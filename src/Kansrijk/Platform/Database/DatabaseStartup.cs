using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Database;

public static class DatabaseStartup
{
    /// <summary>Creates and migrates the database, loads the reference data (areas, indicators, national action lines and interventions, risk themes) and, in demo mode only, the demo data.</summary>
    public static async Task PrepareAsync(IServiceProvider services, bool demo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        if (db.Database.IsSqlite())
        {
            CreateSqliteFolder(db.Database.GetConnectionString()!);
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; it is remembered in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await ReferenceAreas.LoadAsync(db, ReferenceAreas.DefaultCsvPath, cancellationToken);
        await IndicatorCatalogue.EnsureAsync(db, cancellationToken);
        await DefinitionDenominators.EnsureAsync(db, cancellationToken);
        await CoalitionReference.EnsureAsync(db, cancellationToken);
        await CarePaths.CarePathReference.EnsureAsync(db, cancellationToken);
        if (demo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(cancellationToken);
        }
    }

    private static void CreateSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
