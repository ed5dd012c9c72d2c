using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kansrijk.Access.AccessLog;

/// <summary>
/// Links new rows into the keyed chain and anchors the chain's head in the checkpoint file outside the database.
/// Runs at a fixed interval and once more at shutdown. Several instances may run it: a position taken by another
/// instance makes this one try again at the next tick.
/// </summary>
public sealed class AccessLogSealer(IServiceScopeFactory scopes, AccessLogKey key, AccessLogCheckpoints checkpoints, TimeProvider clock,
    ILogger<AccessLogSealer> logger)
{
    /// <summary>Rows can commit a little out of order; this many ids below the last linked one are looked at again.</summary>
    private const long LateWindow = 1000;
    private const int Batch = 5000;
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Links every row that has none yet; returns how many it linked.</summary>
    public async Task<int> SealAsync(bool checkpoint = true, CancellationToken ct = default)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
                var last = await db.AccessLogChain.AsNoTracking().OrderByDescending(l => l.Position).FirstOrDefaultAsync(ct);
                var lastId = last is null ? 0 : await db.AccessLog.Where(e => e.EventId == last.EventId).Select(e => e.Id).FirstOrDefaultAsync(ct);
                var from = Math.Max(0, lastId - LateWindow);
                // Two lookups, not one anti-join: the database would scan the whole chain for it, which grows without end.
                var candidates = await db.AccessLog.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
                var candidateIds = candidates.Select(c => c.EventId).ToList();
                var linked = (await db.AccessLogChain.Where(l => candidateIds.Contains(l.EventId)).Select(l => l.EventId).ToListAsync(ct)).ToHashSet();
                var rows = candidates.Where(r => !linked.Contains(r.EventId)).ToList();
                if (rows.Count == 0) break;
                // A row without a valid MAC was not written by Kansrijk: it stays out of the chain, and the verifier names it.
                var genuine = rows.Where(r => AccessLogKey.Same(key.EntryMac(r), r.Mac)).ToList();
                if (genuine.Count < rows.Count)
                {
                    logger.LogError("The access log holds {Count} rows with an invalid MAC; they are not linked", rows.Count - genuine.Count);
                }
                if (genuine.Count == 0) break;
                var position = last?.Position ?? 0;
                var chain = last?.ChainMac ?? AccessLogKey.Genesis;
                var now = clock.GetUtcNow().UtcDateTime;
                foreach (var row in genuine)
                {
                    position++;
                    chain = key.ChainMac(chain, position, row.EventId, row.Mac);
                    db.AccessLogChain.Add(new AccessLogLink { Position = position, EventId = row.EventId, LinkedAt = now, ChainMac = chain });
                }
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException ex)
                {
                    logger.LogInformation(ex, "Another instance linked access-log rows first; trying again later");
                    break;
                }
                total += genuine.Count;
                if (candidates.Count < Batch) break;
            }
            if (checkpoint)
            {
                await WriteCheckpointAsync(ct);
            }
            return total;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task WriteCheckpointAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var head = await db.AccessLogChain.AsNoTracking().OrderByDescending(l => l.Position).FirstOrDefaultAsync(ct);
        if (head is not null)
        {
            checkpoints.Append(head.Position, head.ChainMac);
        }
    }
}

/// <summary>Seals at a fixed interval and at shutdown.</summary>
public sealed class AccessLogSealing(AccessLogSealer sealer, IOptions<AccessLogOptions> options, ILogger<AccessLogSealing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SealIntervalSeconds)));
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await sealer.SealAsync(ct: stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Sealing the access log failed; trying again at the next interval");
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await sealer.SealAsync(ct: cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Sealing the access log at shutdown failed");
        }
    }
}
