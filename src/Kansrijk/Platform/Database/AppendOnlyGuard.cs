using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kansrijk.Platform.Database;

/// <summary>Entities marked <see cref="IAppendOnly"/> can be added, never changed or removed through the app.</summary>
public static class AppendOnlyGuard
{
    public static void Check(ChangeTracker tracker)
    {
        var violation = tracker.Entries<IAppendOnly>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (violation is not null)
        {
            throw new InvalidOperationException(
                $"{violation.Entity.GetType().Name} is append-only: rows cannot be changed or deleted.");
        }
    }
}

public interface IAppendOnly;

/// <summary>
/// The database itself refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of the access log and its chain, so no role
/// of the app can change them even with raw SQL. Made at every start, after the migrations; idempotent.
/// </summary>
public static class AppendOnlyTables
{
    private static readonly string[] Tables = ["AccessLog", "AccessLogChain"];

    public static async Task EnsureAsync(KansrijkDb db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE OR REPLACE FUNCTION kansrijk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE EXCEPTION 'De tabel % is alleen-toevoegen: wijzigen en verwijderen kan niet.', TG_TABLE_NAME;
                END $$;
                """, ct);
            foreach (var table in Tables)
            {
                // The table names are constants of this class, not input.
                var sql = $"""
                    CREATE OR REPLACE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{table}"
                      FOR EACH ROW EXECUTE FUNCTION kansrijk_refuse_change();
                    CREATE OR REPLACE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}"
                      FOR EACH STATEMENT EXECUTE FUNCTION kansrijk_refuse_change();
                    """;
                await db.Database.ExecuteSqlRawAsync(sql, ct);
            }
        }
        else if (db.Database.IsSqlite())
        {
            foreach (var table in Tables)
            {
                foreach (var verb in new[] { "UPDATE", "DELETE" })
                {
                    var sql = $"""
                        CREATE TRIGGER IF NOT EXISTS "{table}_no_{verb.ToLowerInvariant()}" BEFORE {verb} ON "{table}"
                          BEGIN SELECT RAISE(ABORT, 'De tabel {table} is alleen-toevoegen.'); END;
                        """;
                    await db.Database.ExecuteSqlRawAsync(sql, ct);
                }
            }
        }
    }
}
