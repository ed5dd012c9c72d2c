using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>What the pathway page shows about involvement: her organisation's, the others' contact points, or her break-the-glass.</summary>
public sealed record InvolvementView(int PathwayId, DateTime? Since, DateTime? LapsesAt, IReadOnlyList<InvolvementService.ContactPoint> Others, DateTime? EmergencyUntil)
{
    public static async Task<InvolvementView> LoadAsync(KansrijkDb db, InvolvementService involvements, int pathwayId, IReadOnlySet<int> mine, bool emergency,
        string userId, PathwayOptions options, CancellationToken ct)
    {
        if (emergency)
        {
            var until = await db.Set<EmergencyAccess>().AsNoTracking().Where(e => e.PathwayId == pathwayId && e.UserId == userId)
                .MaxAsync(e => (DateTime?)e.EndsAt, ct);
            return new InvolvementView(pathwayId, null, null, [], until);
        }
        var ids = mine.ToList();
        var own = await db.Set<Involvement>().AsNoTracking().Where(i => i.PathwayId == pathwayId && i.EndedAt == null && ids.Contains(i.OrganisationId))
            .OrderBy(i => i.StartedAt).FirstOrDefaultAsync(ct);
        var others = (await involvements.ContactPointsAsync([pathwayId], ct))[pathwayId].Where(c => !mine.Contains(c.OrganisationId)).ToList();
        return new InvolvementView(pathwayId, own?.StartedAt, own is null ? null : InvolvementService.LapsesAt(own, options.InvolvementLapseMonths), others, null);
    }

    public static string? Message(IQueryCollection query) =>
        query.ContainsKey("betrokken") ? "Uw betrokkenheid is gemeld."
        : query.ContainsKey("verlengd") ? "Uw betrokkenheid is verlengd."
        : query.ContainsKey("gecorrigeerd") ? "De gegevens zijn gewijzigd."
        : query.ContainsKey("noodtoegang") ? "U hebt 24 uur noodtoegang. Alles wat u bekijkt, staat gemarkeerd in het toegangslog."
        : query.ContainsKey("bevestigen") ? "Uw betrokkenheid is niet beëindigd: vink eerst aan dat uw organisatie niet meer betrokken is."
        : null;
}
