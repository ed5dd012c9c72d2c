using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Database;

/// <summary>
/// An entity people edit in a form. Its version goes into the form; a save that starts from an older version than the
/// database holds fails instead of overwriting someone else's change unseen (no lost updates).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

public static class Versions
{
    public const string ConflictMessage =
        "Iemand anders heeft dit intussen gewijzigd{0}. Wat u invulde staat hieronder nog. Kijk de nieuwe gegevens na en sla daarna opnieuw op.";

    /// <summary>The save of <paramref name="entity"/> only succeeds while the database still holds the version the user saw.</summary>
    public static void ExpectVersion(this KansrijkDb db, IVersioned entity, int seen)
    {
        var version = db.Entry(entity).Property(nameof(IVersioned.Version));
        version.OriginalValue = seen;
        version.IsModified = true;
    }

    /// <summary>Called by <see cref="KansrijkDb"/> before it saves: every changed versioned entity moves one version on.</summary>
    public static void Bump(KansrijkDb db)
    {
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(nameof(IVersioned.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    public static string Conflict(string? who, DateTime? when) => string.Format(ConflictMessage,
        who is null ? "" : $" ({who}{(when is { } w ? ", " + TimeZoneInfo.ConvertTimeFromUtc(w, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).ToString("d-M-yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) : "")})");

    /// <summary>The conflict message for an entity without its own history: who changed it last comes from the access log.</summary>
    public static async Task<string> ConflictFromLogAsync(this KansrijkDb db, string objectType, string objectId, CancellationToken ct)
    {
        var last = await db.AccessLog.AsNoTracking()
            .Where(e => e.ObjectType == objectType && e.ObjectId == objectId && e.Outcome == Access.AccessLog.AccessOutcome.Success
                && (e.Action == Access.AccessLog.AccessAction.Update || e.Action == Access.AccessLog.AccessAction.Create))
            .OrderByDescending(e => e.Id).Select(e => new { e.UserName, e.OccurredAt }).FirstOrDefaultAsync(ct);
        return Conflict(last?.UserName, last?.OccurredAt);
    }

    public static void ApplyTo(Microsoft.EntityFrameworkCore.ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }
}
