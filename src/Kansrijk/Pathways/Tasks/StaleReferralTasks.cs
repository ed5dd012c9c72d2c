using Kansrijk.Pathways.Notices;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.Tasks;

/// <summary>
/// Open referrals without change: overdue after 14 days, due in the last 3 days before that. For the receiver (update
/// the status) and for the referrer (ask how it goes), each with a link to her own page of it.
/// </summary>
public sealed class StaleReferralTasks(KansrijkDb db, TimeProvider clock, CarePaths.OfferDirectory offerDirectory) : ITaskSource
{
    /// <summary>A referral shows as "due" this many days before it counts as quiet.</summary>
    public const int DueWithinDays = 3;

    public async Task<IReadOnlyList<TaskItem>> TasksAsync(IReadOnlySet<int> organisations, CancellationToken ct)
    {
        if (organisations.Count == 0) return [];
        var ids = organisations.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var from = now.AddDays(-(PathwayReader.StaleAfterDays - DueWithinDays));
        var rows = await db.Set<Referral>().AsNoTracking()
            .Where(r => (r.Status == ReferralStatus.Registered || r.Status == ReferralStatus.ContactMade || r.Status == ReferralStatus.Started)
                && r.UpdatedAt <= from && r.Pathway!.AnonymisedAt == null
                && (ids.Contains(r.ReceiverOrganisationId) || (ids.Contains(r.ReferrerOrganisationId) && r.Pathway!.ClosedAt == null)))
            .OrderBy(r => r.UpdatedAt).Take(500)
            .Select(r => new { r.Id, r.PathwayId, r.ReceiverOrganisationId, r.ReferrerOrganisationId, r.UpdatedAt, r.OfferId, r.Status, Closed = r.Pathway!.ClosedAt != null })
            .ToListAsync(ct);
        var offerIds = rows.Select(r => r.OfferId).Distinct().ToList();
        var offers = (await offerDirectory.FindAsync(offerIds, ct)).ToDictionary(o => o.Key, o => o.Value.Name);
        var tasks = new List<TaskItem>();
        foreach (var r in rows)
        {
            var days = (int)(now - r.UpdatedAt).TotalDays;
            var due = DateOnly.FromDateTime(r.UpdatedAt.AddDays(PathwayReader.StaleAfterDays));
            var overdue = days >= PathwayReader.StaleAfterDays;
            var offer = offers.GetValueOrDefault(r.OfferId, "?");
            var quiet = days == 1 ? "1 dag" : $"{days} dagen";
            if (ids.Contains(r.ReceiverOrganisationId))
            {
                tasks.Add(new TaskItem($"Verwijzing {r.Id} voor {offer} ({ReferralStatuses.Dutch(r.Status)}): {quiet} niets veranderd. Werk de status bij.",
                    NoticeTexts.ReceivedUrl(r.Id), due, overdue, r.PathwayId));
            }
            if (ids.Contains(r.ReferrerOrganisationId) && !r.Closed)
            {
                tasks.Add(new TaskItem($"Uw verwijzing {r.Id} naar {offer} ({ReferralStatuses.Dutch(r.Status)}): {quiet} niets veranderd. Vraag na hoe het gaat.",
                    NoticeTexts.PathwayUrl(r.PathwayId), due, overdue, r.PathwayId));
            }
        }
        return tasks;
    }
}
