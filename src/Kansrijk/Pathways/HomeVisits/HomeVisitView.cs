using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.HomeVisits;

/// <summary>What the JGZ's home-visit page shows besides the referral itself: the visit, who did what, the menukaart, offers to refer on to and the referrals made from it.</summary>
public sealed class HomeVisitView(KansrijkDb db, TimeProvider clock)
{
    public sealed record OfferChoice(int Id, string Name, string Organisation, bool FitsOutcome);

    public sealed record FollowUp(string Offer, string Receiver, ReferralStatus Status, DateTime CreatedAt);

    public sealed record Data(HomeVisit Visit, IReadOnlyDictionary<string, string> People, IReadOnlyList<(int Id, string Name)> Interventions,
        IReadOnlyList<OfferChoice> Offers, IReadOnlyList<FollowUp> FollowUps, (string Text, bool Overdue)? Warning, DateOnly Today);

    public async Task<Data?> LoadAsync(Referral referral, bool consentActive, CancellationToken ct)
    {
        var visit = await db.Set<HomeVisit>().AsNoTracking().Include(v => v.Contacts).FirstOrDefaultAsync(v => v.ReferralId == referral.Id, ct);
        if (visit is null) return null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var userIds = visit.Contacts.Select(c => c.ByUserId).Append(visit.PlannedByUserId).Append(visit.OutcomeByUserId).Concat(referral.Changes.Select(c => c.ByUserId))
            .OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var interventions = (await db.Interventions.AsNoTracking().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct)).Select(i => (i.Id, i.Name)).ToList();
        var municipality = referral.Pathway!.MunicipalityCode;
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.Status == CarePaths.ContentStatus.Published && !o.IsPrenatalHomeVisit && (o.National || o.Municipalities.Any(m => m.MunicipalityCode == municipality)))
            .OrderBy(o => o.Organisation!.Name).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, Organisation = o.Organisation!.Name, o.InterventionId }).ToListAsync(ct);
        var followUps = await db.Set<Referral>().AsNoTracking()
            .Where(r => r.PathwayId == referral.PathwayId && r.Id != referral.Id && r.ReferrerOrganisationId == referral.ReceiverOrganisationId && r.CreatedAt >= referral.CreatedAt)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new FollowUp(db.Offers.Where(o => o.Id == r.OfferId).Select(o => o.Name).First(), db.Organisations.Where(o => o.Id == r.ReceiverOrganisationId).Select(o => o.Name).First(), r.Status, r.CreatedAt))
            .ToListAsync(ct);
        var plannedOrDone = visit.PlannedOn is not null || visit.Contacts.Any(c => c.Result == HomeVisitContactResult.Done);
        var warning = consentActive ? HomeVisitDeadline.Warning(referral.Pathway.DueDate, ReferralStatuses.IsOpen(referral.Status) && referral.Status != ReferralStatus.Started, plannedOrDone, today) : null;
        return new Data(visit, people, interventions,
            [.. offers.OrderByDescending(o => o.InterventionId is not null && o.InterventionId == visit.OutcomeInterventionId)
                .Select(o => new OfferChoice(o.Id, o.Name, o.Organisation, o.InterventionId is not null && o.InterventionId == visit.OutcomeInterventionId))],
            followUps, warning, today);
    }
}
