using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Access;

/// <summary>Tampering with the log outside the app is found; through the app it is impossible.</summary>
public abstract class AccessLogChainTests(KansrijkFactory app)
{
    private async Task<(AccessLogWriter Writer, AccessLogVerifier Verifier, KansrijkDb Db, AsyncServiceScope Scope)> ServicesAsync()
    {
        var scope = app.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<AccessLogWriter>();
        for (var i = 0; i < 3; i++)
        {
            await writer.RecordAsync(new AccessEvent(AccessAction.Read, "Testobject", $"obj-{i}", Details: "chain test"));
        }
        return (writer, scope.ServiceProvider.GetRequiredService<AccessLogVerifier>(), scope.ServiceProvider.GetRequiredService<KansrijkDb>(), scope);
    }

    [Fact]
    public async Task Tampering_is_detected_and_the_app_cannot_change_or_delete_rows()
    {
        var (writer, verifier, db, scope) = await ServicesAsync();
        await using var _ = scope;

        var intact = await verifier.VerifyAsync();
        Assert.True(intact.Intact, intact.Reason);
        Assert.True(intact.Checked >= 3);

        // Through the app: refused before anything reaches the database.
        var row = await db.AccessLog.OrderByDescending(e => e.Sequence).FirstAsync();
        db.Entry(row).Property(e => e.Details).CurrentValue = "gewijzigd";
        db.Entry(row).State = EntityState.Modified;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.Entry(row).State = EntityState.Deleted;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        Assert.True((await verifier.VerifyAsync()).Intact);

        // Outside the app: a changed field is found at its row.
        var target = row.Sequence - 1;
        await db.Database.ExecuteSqlAsync($"UPDATE \"AccessLog\" SET \"Details\" = 'gewijzigd' WHERE \"Sequence\" = {target}");
        var changed = await verifier.VerifyAsync();
        Assert.False(changed.Intact);
        Assert.Equal(target, changed.FirstBrokenSequence);
        Assert.Contains("veranderd", changed.Reason);

        // A removed row is found as well.
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AccessLog\" WHERE \"Sequence\" = {target}");
        var removed = await verifier.VerifyAsync();
        Assert.False(removed.Intact);
        Assert.Equal(target, removed.FirstBrokenSequence);
        Assert.Contains("ontbreekt", removed.Reason);
    }

    [Fact]
    public async Task Concurrent_appends_keep_one_unbroken_chain()
    {
        await using var scope = app.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<AccessLogWriter>();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var last = await db.AccessLog.MaxAsync(e => (long?)e.Sequence) ?? 0;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(async () =>
            {
                await using var own = app.Scope();
                await own.ServiceProvider.GetRequiredService<AccessLogWriter>().RecordAsync(new AccessEvent(AccessAction.Search, "Parallel", i.ToString()));
            })));
        var added = await db.AccessLog.Where(e => e.Sequence > last).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => last + i), added.Select(e => e.Sequence));
        for (var i = 1; i < added.Count; i++)
        {
            Assert.Equal(added[i - 1].Hash, added[i].PreviousHash);
            Assert.Equal(AccessLogHash.Compute(added[i]), added[i].Hash);
        }
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class AccessLogChainSqliteTests(IsolatedSqliteApp app) : AccessLogChainTests(app), IClassFixture<IsolatedSqliteApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class AccessLogChainPostgresTests(IsolatedPostgresApp app) : AccessLogChainTests(app), IClassFixture<IsolatedPostgresApp>;
