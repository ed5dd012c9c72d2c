using System.Globalization;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.Notices;

/// <summary>
/// The reminder job: an open referral without change for 14 days gets one notice for the receiver and one for the
/// referrer. Once per quiet spell: the key holds the moment of the last change, so a later run (or a second instance)
/// adds nothing, and a referral that moves and then goes quiet again is reminded again.
/// </summary>
public sealed class StaleReferralReminders(KansrijkDb db, NoticeService notices, TimeProvider clock, CarePaths.OfferDirectory offerDirectory) : IScheduledWork
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var quietSince = now.AddDays(-PathwayReader.StaleAfterDays);
        var stale = await db.Set<Referral>().AsNoTracking()
            .Where(r => (r.Status == ReferralStatus.Registered || r.Status == ReferralStatus.ContactMade || r.Status == ReferralStatus.Started)
                && r.UpdatedAt <= quietSince && r.Pathway!.AnonymisedAt == null)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.PathwayId, r.ReceiverOrganisationId, r.ReferrerOrganisationId, r.UpdatedAt, Closed = r.Pathway!.ClosedAt != null, r.OfferId })
            .ToListAsync(ct);
        var offerIds = stale.Select(r => r.OfferId).Distinct().ToList();
        var offers = (await offerDirectory.FindAsync(offerIds, ct)).ToDictionary(o => o.Key, o => o.Value.Name);
        var added = 0;
        foreach (var r in stale)
        {
            var days = (int)(now - r.UpdatedAt).TotalDays;
            var offer = offers.GetValueOrDefault(r.OfferId, "?");
            var spell = $"{r.Id}:{r.UpdatedAt.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}";
            if (await notices.AddOnceAsync(r.ReceiverOrganisationId, $"stil-ontvanger:{spell}", NoticeTexts.QuietForReceiver(r.Id, offer, days), NoticeTexts.ReceivedUrl(r.Id), ct)) added++;
            // A closed pathway needs nothing more from the referrer; the receiver may still be helping her.
            if (!r.Closed && await notices.AddOnceAsync(r.ReferrerOrganisationId, $"stil-verwijzer:{spell}", NoticeTexts.QuietForReferrer(r.Id, offer, days), NoticeTexts.PathwayUrl(r.PathwayId), ct)) added++;
        }
        return added;
    }
}
