using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>Removing an offer: only when no agreement in a care path and no client's pathway points to it.</summary>
public sealed partial class CarePathEditor
{
    /// <summary>The care paths whose agreements (routing rules) choose this offer, as "theme in place", concepts included.</summary>
    public async Task<IReadOnlyList<(int PathId, string Name)>> PathsChoosingAsync(int offerId, CancellationToken ct) =>
        [.. (await db.RoutingRules.AsNoTracking().Where(r => r.OfferId == offerId)
            .Join(db.CarePaths, r => r.CarePathId, p => p.Id, (r, p) => new { p.Id, Theme = p.Theme!.Name, p.AreaCode })
            .Join(db.Areas, p => p.AreaCode, a => a.Code, (p, a) => new { p.Id, p.Theme, Place = a.Name })
            .Distinct().ToListAsync(ct))
            .OrderBy(p => p.Theme).ThenBy(p => p.Place).Select(p => (p.Id, $"{p.Theme} in {p.Place}"))];

    public async Task<FormErrors> RemoveOfferAsync(Offer offer, int version, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var paths = await PathsChoosingAsync(offer.Id, ct);
        if (paths.Count > 0)
        {
            errors.Add("Remove", $"Dit aanbod kan niet weg: de afspraken van {(paths.Count == 1 ? "het zorgpad" : "de zorgpaden")} {string.Join(", ", paths.Select(p => p.Name))} kiezen het. " +
                "Verwijder of wijzig eerst die afspraken.");
            return errors;
        }
        var stored = await db.Offers.FirstAsync(o => o.Id == offer.Id, ct);
        db.ExpectVersion(stored, version);
        db.Offers.Remove(stored);
        db.CarePathChanges.Add(new CarePathChange { OfferId = offer.Id, ChangedAt = clock.GetUtcNow().UtcDateTime, ChangedBy = who, What = $"Aanbod {offer.Name} verwijderd" });
        try
        {
            if (!await SaveOrConflictAsync(null, offer.Id, errors, ct, field: "Remove")) return errors;
        }
        catch (DbUpdateException)
        {
            // a client's consent or referral names the offer (another module's table, so the database says so, not a query here)
            db.ChangeTracker.Clear();
            errors.Add("Remove", "Dit aanbod kan niet weg: in trajecten van cliënten staat een toestemming of verwijzing voor dit aanbod, en die moet blijven kloppen. " +
                "Zet het aanbod terug naar concept: dan zien professionals het niet meer.");
        }
        return errors;
    }
}
