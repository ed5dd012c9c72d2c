using System.Globalization;
using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kansrijk.Pathways.Retention;

/// <summary>
/// The retention job: a pathway closed longer ago than Pathways:RetentionMonths loses her personal data — name, date of
/// birth, phone, e-mail, partner, the postcode digits, the identity hash, and the reason, agreement and contact wish of
/// every referral. What the indicators count stays: municipality, due date, dates, statuses, reasons from the fixed
/// lists, organisations and offers. Every removal is in the access log. Running twice (or on two instances) is safe:
/// a pathway already done is skipped, and one changed by another run in between fails on its version and is skipped.
/// </summary>
public sealed class PathwayRetention(PathwayAnonymiser anonymiser, KansrijkDb db, AccessLogWriter log, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<PathwayRetention> logger) : IScheduledWork
{
    private const int Batch = 100;

    /// <summary>Removes the personal data of every pathway past its retention period; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMonths(-options.Value.RetentionMonths);
        var done = 0;
        var skipped = new List<int>();
        while (true)
        {
            var ids = await db.Set<Pathway>().AsNoTracking()
                .Where(p => p.ClosedAt != null && p.ClosedAt <= cutoff && p.AnonymisedAt == null && !skipped.Contains(p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(Batch).ToListAsync(ct);
            if (ids.Count == 0) break;
            foreach (var id in ids)
            {
                if (await AnonymiseAsync(id, now, ct)) done++;
                else skipped.Add(id);
            }
        }
        if (done > 0) logger.LogInformation("Retention: personal data removed from {Count} closed pathways", done);
        return done;
    }

    private async Task<bool> AnonymiseAsync(int id, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var pathway = await db.Set<Pathway>().FirstAsync(p => p.Id == id, ct);
        if (pathway.AnonymisedAt is not null) return false;
        // the same removal as a deletion on her request; nobody opens the pathway any more (a receiver keeps the course of her referral)
        await anonymiser.AnonymiseAsync(pathway, ct);
        var key = id.ToString(CultureInfo.InvariantCulture);
        log.Add(db, new AccessEvent(AccessAction.Delete, PathwayResources.Type, key, ClientId: key,
            Details: $"Persoonsgegevens verwijderd: bewaartermijn van {options.Value.RetentionMonths} maanden na afsluiten voorbij"));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Retention: pathway {Id} changed meanwhile (another run?); skipped this time", id);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
