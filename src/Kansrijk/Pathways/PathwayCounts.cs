using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Referrals counted for one municipality (the woman's) and the year the referral was made. No identity. The prenatal
/// home visit: referrals to it (offered), those with a visit done, and those done before week 30.
/// </summary>
public sealed record ReferralYear(string MunicipalityCode, int Year, int Made, int Completed, IReadOnlyList<int> DaysToFirstContact,
    int HomeVisitsOffered = 0, int HomeVisitsDone = 0, int HomeVisitsBeforeWeek30 = 0);

/// <summary>Referrals to one offer counted for one municipality (the woman's) and the year the referral was made.</summary>
public sealed record ReferralOfferYear(string MunicipalityCode, int Year, int OfferId, int Made, int Completed);

/// <summary>
/// The Pathways module's contract for the monitor: counts only, never a pathway. Works the same after retention has
/// removed the personal data, because municipality, dates and statuses stay.
/// </summary>
public sealed class PathwayCounts(KansrijkDb db)
{
    public async Task<IReadOnlyList<ReferralYear>> ReferralsAsync(CancellationToken ct)
    {
        var rows = await db.Set<Referral>().AsNoTracking()
            .Select(r => new
            {
                r.Pathway!.MunicipalityCode,
                r.CreatedAt,
                r.Status,
                FirstContact = r.Changes.Where(c => c.Status == ReferralStatus.ContactMade || c.Status == ReferralStatus.Started || c.Status == ReferralStatus.Completed)
                    .Min(c => (DateTime?)c.At),
                r.Pathway.DueDate,
                HomeVisit = db.Set<HomeVisits.HomeVisit>().Any(v => v.ReferralId == r.Id),
                VisitedOn = db.Set<HomeVisits.HomeVisit>().Where(v => v.ReferralId == r.Id).SelectMany(v => v.Contacts)
                    .Where(c => c.Result == HomeVisits.HomeVisitContactResult.Done).Min(c => (DateOnly?)c.On),
            })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => (r.MunicipalityCode, r.CreatedAt.Year))
            .OrderBy(g => g.Key.MunicipalityCode, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => new ReferralYear(g.Key.MunicipalityCode, g.Key.Year, g.Count(), g.Count(r => r.Status == ReferralStatus.Completed),
                [.. g.Where(r => r.FirstContact is not null).Select(r => (r.FirstContact!.Value.Date - r.CreatedAt.Date).Days).Order()],
                g.Count(r => r.HomeVisit), g.Count(r => r.HomeVisit && r.VisitedOn is not null),
                g.Count(r => r.HomeVisit && r.VisitedOn is { } on && Dates.PregnancyWeek(r.DueDate, on).Weeks < HomeVisits.HomeVisitDeadline.TargetWeek)))];
    }

    /// <summary>Per offer, so the monitor can count by the offer's themes (which it asks <c>OfferDirectory</c>).</summary>
    public async Task<IReadOnlyList<ReferralOfferYear>> ReferralsByOfferAsync(CancellationToken ct)
    {
        var rows = await db.Set<Referral>().AsNoTracking()
            .GroupBy(r => new { r.Pathway!.MunicipalityCode, r.CreatedAt.Year, r.OfferId })
            .Select(g => new { g.Key.MunicipalityCode, g.Key.Year, g.Key.OfferId, Made = g.Count(), Completed = g.Count(r => r.Status == ReferralStatus.Completed) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReferralOfferYear(r.MunicipalityCode, r.Year, r.OfferId, r.Made, r.Completed))];
    }
}
