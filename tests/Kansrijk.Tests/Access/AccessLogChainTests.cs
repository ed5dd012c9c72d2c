using System.Diagnostics;
using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Access;

/// <summary>
/// Someone with full database access but without the key tries every way of tampering with the log: each is found,
/// by the page's verifier and by the verify-access-log command.
/// </summary>
public abstract class AccessLogChainTests(KansrijkFactory app)
{
    private static readonly AccessLogKey AttackersKey = new(Enumerable.Repeat((byte)7, 32).ToArray());

    private async Task WriteAsync(int count, string type = "Testobject")
    {
        await using var scope = app.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<AccessLogWriter>();
        for (var i = 0; i < count; i++)
        {
            await writer.RecordAsync(new AccessEvent(AccessAction.Read, type, $"obj-{i}", Details: "chain test"));
        }
    }

    private Task<int> SealAsync() => app.Services.GetRequiredService<AccessLogSealer>().SealAsync();

    private async Task<ChainCheck> VerifyAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AccessLogVerifier>().VerifyAsync();
    }

    /// <summary>The attacker first switches off the database's own refusal, as a database owner can.</summary>
    private static async Task AsOwnerAsync(KansrijkDb db, Func<Task> tamper)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AccessLog\" DISABLE TRIGGER USER; ALTER TABLE \"AccessLogChain\" DISABLE TRIGGER USER;");
            await tamper();
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AccessLog\" ENABLE TRIGGER USER; ALTER TABLE \"AccessLogChain\" ENABLE TRIGGER USER;");
        }
        else
        {
            foreach (var table in new[] { "AccessLog", "AccessLogChain" })
                foreach (var verb in new[] { "update", "delete" })
                {
                    var sql = $"DROP TRIGGER IF EXISTS \"{table}_no_{verb}\"";
                    await db.Database.ExecuteSqlRawAsync(sql);
                }
            await tamper();
            await AppendOnlyTables.EnsureAsync(db);
        }
    }

    [Fact]
    public async Task The_app_and_the_database_refuse_to_change_or_delete_rows()
    {
        await WriteAsync(2);
        await SealAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var row = await db.AccessLog.OrderByDescending(e => e.Id).FirstAsync();
        db.Entry(row).Property(e => e.Details).CurrentValue = "gewijzigd";
        db.Entry(row).State = EntityState.Modified;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        var update = await Record.ExceptionAsync(() => db.Database.ExecuteSqlAsync($"UPDATE \"AccessLog\" SET \"Details\" = 'x' WHERE \"Id\" = {row.Id}"));
        Assert.NotNull(update);
        Assert.Contains("alleen-toevoegen", update.Message);
        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlAsync($"DELETE FROM \"AccessLogChain\""));
        Assert.NotNull(delete);
        await AssertIntactAsync();
    }

    [Fact]
    public async Task Every_way_of_tampering_is_found_and_named_at_its_row()
    {
        await WriteAsync(6);
        await SealAsync();
        var intact = await VerifyAsync();
        Assert.True(intact.Intact, intact.Reason);
        Assert.True(intact.Checkpoints >= 1);
        Assert.Equal(0, await RunVerifyCommandAsync());

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var rows = await db.AccessLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        var links = await db.AccessLogChain.AsNoTracking().OrderBy(l => l.Position).ToListAsync();
        var target = rows[^3];

        // 1. Edit a row and recompute its MAC, without the key.
        await AsOwnerAsync(db, async () =>
        {
            var forged = AttackersKey.EntryMac(new AccessLogEntry
            {
                EventId = target.EventId,
                OccurredAt = target.OccurredAt,
                UserId = target.UserId,
                UserName = target.UserName,
                Role = target.Role,
                Action = target.Action,
                ObjectType = target.ObjectType,
                ObjectId = target.ObjectId,
                Outcome = target.Outcome,
                SourceAddress = target.SourceAddress,
                Details = "niets gezien",
            });
            await db.Database.ExecuteSqlAsync($"UPDATE \"AccessLog\" SET \"Details\" = 'niets gezien', \"Mac\" = {forged} WHERE \"Id\" = {target.Id}");
        });
        var edited = await VerifyAsync();
        Assert.False(edited.Intact);
        Assert.Equal(target.Id, edited.FirstBroken);
        Assert.Contains("veranderd", edited.Reason);
        await AsOwnerAsync(db, () => db.Database.ExecuteSqlAsync($"UPDATE \"AccessLog\" SET \"Details\" = {target.Details}, \"Mac\" = {target.Mac} WHERE \"Id\" = {target.Id}"));
        await AssertIntactAsync();

        // 2. Insert a forged row.
        await AsOwnerAsync(db, () => db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"AccessLog\" (\"EventId\", \"OccurredAt\", \"UserName\", \"Action\", \"ObjectType\", \"Outcome\", \"Mac\") VALUES ({Guid.NewGuid()}, {DateTime.UtcNow}, 'iemand', 'Read', 'Gebruiker', 'Success', {new string('a', 64)})"));
        var forgedRow = await VerifyAsync();
        Assert.False(forgedRow.Intact);
        Assert.Contains("vervalst", forgedRow.Reason);
        await AsOwnerAsync(db, () => db.Database.ExecuteSqlAsync($"DELETE FROM \"AccessLog\" WHERE \"UserName\" = 'iemand'"));
        await AssertIntactAsync();

        // 3. Cut off the newest rows and their links: the checkpoint outside the database still knows them.
        var cutFrom = links[^2].Position;
        await AsOwnerAsync(db, async () =>
        {
            var events = links.Where(l => l.Position >= cutFrom).Select(l => l.EventId).ToList();
            await db.AccessLogChain.Where(l => l.Position >= cutFrom).ExecuteDeleteAsync();
            await db.AccessLog.Where(e => events.Contains(e.EventId)).ExecuteDeleteAsync();
        });
        var cut = await VerifyAsync();
        Assert.False(cut.Intact);
        Assert.Contains("weggehaald", cut.Reason);
        Assert.NotEqual(0, await RunVerifyCommandAsync());
        await AsOwnerAsync(db, async () =>
        {
            var events = links.Where(l => l.Position >= cutFrom).Select(l => l.EventId).ToHashSet();
            db.AccessLog.AddRange(rows.Where(r => events.Contains(r.EventId)));
            db.AccessLogChain.AddRange(links.Where(l => l.Position >= cutFrom));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        });
        await AssertIntactAsync();

        // 4. Delete a row in the middle and renumber the chain after it, recomputed without the key.
        var gone = links[^4];
        await AsOwnerAsync(db, async () =>
        {
            await db.AccessLogChain.Where(l => l.Position >= gone.Position).ExecuteDeleteAsync();
            await db.AccessLog.Where(e => e.EventId == gone.EventId).ExecuteDeleteAsync();
            var chain = links.First(l => l.Position == gone.Position - 1).ChainMac;
            var position = gone.Position - 1;
            foreach (var link in links.Where(l => l.Position > gone.Position))
            {
                position++;
                var mac = rows.First(r => r.EventId == link.EventId).Mac;
                chain = AttackersKey.ChainMac(chain, position, link.EventId, mac);
                db.AccessLogChain.Add(new AccessLogLink { Position = position, EventId = link.EventId, LinkedAt = link.LinkedAt, ChainMac = chain });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        });
        var renumbered = await VerifyAsync();
        Assert.False(renumbered.Intact);
        Assert.Contains("keten", renumbered.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await RunVerifyCommandAsync());

        // Put everything back as it was: the log is whole again, which shows the checks judge content, not state.
        await AsOwnerAsync(db, async () =>
        {
            await db.AccessLogChain.Where(l => l.Position >= gone.Position).ExecuteDeleteAsync();
            db.AccessLog.Add(rows.First(r => r.EventId == gone.EventId));
            db.AccessLogChain.AddRange(links.Where(l => l.Position >= gone.Position));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        });
        await AssertIntactAsync();
    }

    [Fact]
    public async Task Parallel_writers_do_not_wait_for_each_other_and_end_up_in_one_chain()
    {
        await SealAsync();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => WriteAsync(1, $"Parallel-{i}"))));
        Assert.True(await SealAsync() >= 20);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var linked = await db.AccessLogChain.CountAsync();
        Assert.Equal(linked, await db.AccessLogChain.MaxAsync(l => l.Position));
        Assert.Equal(20, await db.AccessLog.CountAsync(e => e.ObjectType.StartsWith("Parallel-")));
    }

    private async Task AssertIntactAsync()
    {
        var check = await VerifyAsync();
        Assert.True(check.Intact, check.Reason);
    }

    /// <summary>Runs the real command against this app's database, key and checkpoints; returns its exit code.</summary>
    private async Task<int> RunVerifyCommandAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Kansrijk.dll"), VerifyAccessLogCommand.Name])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = app.Provider.ToString();
        start.Environment["ConnectionStrings__Kansrijk"] = app.ConnectionString;
        start.Environment["AccessLog__KeyFile"] = Path.Combine(app.KeyFolder, "access-log.key");
        start.Environment["AccessLog__CheckpointFile"] = app.CheckpointFile;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        Assert.Contains(process.ExitCode == 0 ? "in orde" : "NIET in orde", text);
        return process.ExitCode;
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class AccessLogChainSqliteTests(IsolatedSqliteApp app) : AccessLogChainTests(app), IClassFixture<IsolatedSqliteApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class AccessLogChainPostgresTests(IsolatedPostgresApp app) : AccessLogChainTests(app), IClassFixture<IsolatedPostgresApp>;
