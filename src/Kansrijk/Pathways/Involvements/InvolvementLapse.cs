using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kansrijk.Pathways;

public sealed class PathwayOptions
{
    public const string Section = "Pathways";

    /// <summary>Involvement without activity (a change by the organisation, or a renewal) for this many months ends by itself.</summary>
    public int InvolvementLapseMonths { get; set; } = 12;
}

/// <summary>
/// Ends involvement that has seen no activity for <see cref="PathwayOptions.InvolvementLapseMonths"/>: from then on that
/// organisation has no access. Meant to run daily from the scheduler.
/// </summary>
public sealed class InvolvementLapse(KansrijkDb db, TimeProvider clock, IOptions<PathwayOptions> options) : IScheduledWork
{
    /// <summary>Small batches, so every ended involvement has its own access-log row with the client's key.</summary>
    private const int Batch = 40;

    public Task<int> RunAsync(CancellationToken ct) => LapseAsync(ct);

    public async Task<int> LapseAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMonths(-Math.Max(1, options.Value.InvolvementLapseMonths));
        var total = 0;
        while (true)
        {
            var stale = await db.Set<Involvement>().Where(i => i.EndedAt == null && (i.LastActivityAt ?? i.StartedAt) < cutoff)
                .OrderBy(i => i.Id).Take(Batch).ToListAsync(ct);
            if (stale.Count == 0) return total;
            foreach (var involvement in stale) involvement.EndedAt = now;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += stale.Count;
        }
    }
}
