using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kansrijk.Platform.Caching;

/// <summary>
/// Adds one to <see cref="DataVersion"/> after every save that changes data a page can show. The bump runs in the
/// transaction of the save when there is one (an import), so the new figures and the new version commit together; a
/// reader never sees new figures under an old version for longer than <see cref="PublicDataVersion"/> remembers it.
/// Accounts, sessions and the access log do not count: they are never on a cached page, and a login must not empty
/// the cache.
/// </summary>
public sealed class DataVersionInterceptor(PublicDataVersion published) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Ignored =
    [
        typeof(User), typeof(RoleAssignment), typeof(AccessLogEntry), typeof(DataVersion),
        typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>), typeof(IdentityUserToken<string>),
        typeof(IdentityUserRole<string>), typeof(IdentityRole), typeof(IdentityRoleClaim<string>),
    ];

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out _))
        {
            pending.Remove(context);
            Bump(context).ExecuteUpdate(s => s.SetProperty(v => v.Value, v => v.Value + 1));
            published.Forget();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out _))
        {
            pending.Remove(context);
            await Bump(context).ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, v => v.Value + 1), cancellationToken);
            published.Forget();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Clear(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Clear(eventData.Context);
        return Task.CompletedTask;
    }

    private void Clear(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Ignored.Contains(entry.Metadata.ClrType))
            {
                pending.AddOrUpdate(context, true);
                return;
            }
        }
    }

    private static IQueryable<DataVersion> Bump(DbContext context) =>
        context.Set<DataVersion>().Where(v => v.Id == DataVersion.SingleId);
}
