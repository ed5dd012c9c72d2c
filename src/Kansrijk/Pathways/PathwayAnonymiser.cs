using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Removes a woman's personal data from her pathway and closes it, keeping what counting needs (municipality, dates,
/// statuses, consents without content). The one place for it: deletion on her request and the retention period both use
/// this. Encrypted fields are emptied (not re-encrypted), the identity hash goes, so no match or duplicate can find her
/// again; free texts about her (referral reason and agreement, break-the-glass reasons) go too. Matches are removed.
/// Other modules erase what they hold about her (<see cref="IPathwayDataEraser"/>).
/// The caller saves (so the change and its access-log rows are one transaction).
/// </summary>
public sealed class PathwayAnonymiser(KansrijkDb db, TimeProvider clock, IEnumerable<IPathwayDataEraser> others)
{
    public async Task AnonymiseAsync(Pathway pathway, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        pathway.NameEncrypted = "";
        pathway.BirthDateEncrypted = "";
        pathway.PhoneEncrypted = null;
        pathway.EmailEncrypted = null;
        pathway.PartnerNameEncrypted = null;
        pathway.IdentityHash = "";
        pathway.Postcode4 = "";
        pathway.AnonymisedAt = now;
        pathway.ClosedAt ??= now;
        foreach (var involvement in await db.Set<Involvement>().Where(i => i.PathwayId == pathway.Id && i.EndedAt == null).ToListAsync(ct))
        {
            involvement.EndedAt = now;
        }
        foreach (var referral in await db.Set<Referral>().Where(r => r.PathwayId == pathway.Id).ToListAsync(ct))
        {
            referral.ReasonEncrypted = "";
            referral.AgreedEncrypted = "";
            referral.ContactPreference = null;
        }
        foreach (var access in await db.Set<EmergencyAccess>().Where(e => e.PathwayId == pathway.Id).ToListAsync(ct))
        {
            access.ReasonEncrypted = "";
        }
        db.RemoveRange(await db.Set<InvolvementMatch>().Where(m => m.PathwayId == pathway.Id || m.OtherPathwayId == pathway.Id).ToListAsync(ct));
        foreach (var other in others)
        {
            await other.EraseAsync(pathway.Id, ct);
        }
    }
}
