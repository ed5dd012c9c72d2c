using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.HomeVisits;

/// <summary>
/// The prenatal home visits of the given receiving organisations that are not planned while week 28 is reached (see
/// <see cref="HomeVisitDeadline"/>), on the injected clock. A source for the inbox, the referral and "Mijn taken": each row has
/// no name or other client data in its text, only ids, the due date and whether week 30 has passed. Visits whose consent
/// was withdrawn are left out: she does not want it any more.
/// </summary>
public sealed class HomeVisitWarnings(KansrijkDb db, TimeProvider clock)
{
    public sealed record Warning(int PathwayId, int ReferralId, string Text, DateOnly DueDate, bool Overdue);

    public async Task<IReadOnlyList<Warning>> ForOrganisationsAsync(IReadOnlySet<int> organisations, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Due before today + 12 weeks is week 28 or later today.
        var dueBy = today.AddDays((40 - HomeVisitDeadline.WarnFromWeek) * 7);
        var ids = organisations.ToList();
        var rows = await db.Set<HomeVisit>().AsNoTracking()
            .Where(v => ids.Contains(v.Referral!.ReceiverOrganisationId)
                && (v.Referral.Status == ReferralStatus.Registered || v.Referral.Status == ReferralStatus.ContactMade)
                && v.PlannedOn == null && !v.Contacts.Any(c => c.Result == HomeVisitContactResult.Done)
                && v.Referral.Pathway!.DueDate <= dueBy && v.Referral.Pathway.DueDate >= today
                && !db.Set<Consent>().Any(c => c.Id == v.Referral.ConsentId && c.WithdrawnAt != null))
            .Select(v => new { v.PathwayId, v.ReferralId, v.Referral!.Pathway!.DueDate })
            .ToListAsync(ct);
        return [.. rows.Select(r => (Row: r, Warning: HomeVisitDeadline.Warning(r.DueDate, open: true, plannedOrDone: false, today)))
            .Where(x => x.Warning is not null)
            .Select(x => new Warning(x.Row.PathwayId, x.Row.ReferralId, x.Warning!.Value.Text, x.Row.DueDate, x.Warning.Value.Overdue))
            .OrderBy(w => w.DueDate)];
    }
}
