using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Database;

public static class DatabaseStartup
{
    /// <summary>Creates and migrates the database, loads the reference data (areas, indicators, national action lines and interventions, risk themes, the default signalling instrument) and, in demo mode only, the demo data.</summary>
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
        await AppendOnlyTables.EnsureAsync(db, cancellationToken);
        await ReferenceAreas.LoadAsync(db, ReferenceAreas.DefaultCsvPath, cancellationToken);
        await IndicatorCatalogue.EnsureAsync(db, cancellationToken);
        await DefinitionDenominators.EnsureAsync(db, cancellationToken);
        await CoalitionReference.EnsureAsync(db, cancellationToken);
        await CarePaths.CarePathReference.EnsureAsync(db, cancellationToken);
        await Signalling.Instruments.DefaultInstrument.EnsureAsync(scope.ServiceProvider, cancellationToken);
        if (demo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(cancellationToken);
        }
        await CarePaths.CarePathReference.ServedMunicipalitiesFromOffersAsync(db, cancellationToken);
    }

    /// <summary>
    /// Creates the folder and an empty database file readable and writable by the service user only (0600 on Unix);
    /// SQLite gives its -wal and -shm files the mode of the database file. Files that are already there and readable
    /// by others are narrowed to 0600 too.
    /// </summary>
    private static void CreateSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (file is "" or ":memory:")
        {
            return;
        }
        // The database holds personal data: its folder and file are for the service user only.
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            Operations.PrivateFiles.Folder(folder);
        }
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(file))
        {
            using var created = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            if (File.Exists(path) && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }
        }
    }
}
