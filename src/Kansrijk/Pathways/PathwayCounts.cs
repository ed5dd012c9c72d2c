using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>Referrals counted for one municipality (the woman's) and the year the referral was made. No identity.</summary>
public sealed record ReferralYear(string MunicipalityCode, int Year, int Made, int Completed, IReadOnlyList<int> DaysToFirstContact);

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
            })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => (r.MunicipalityCode, r.CreatedAt.Year))
            .OrderBy(g => g.Key.MunicipalityCode, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => new ReferralYear(g.Key.MunicipalityCode, g.Key.Year, g.Count(), g.Count(r => r.Status == ReferralStatus.Completed),
                [.. g.Where(r => r.FirstContact is not null).Select(r => (r.FirstContact!.Value.Date - r.CreatedAt.Date).Days).Order()]))];
    }
}
