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
