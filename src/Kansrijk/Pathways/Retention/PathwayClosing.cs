using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.Retention;

/// <summary>
/// Closing a pathway: it leaves "Mijn cliënten" and the retention clock starts. Open referrals stay as they are, so a
/// receiver can finish what she started; her data goes for everyone when the retention period is over.
/// </summary>
public sealed class PathwayClosing(KansrijkDb db, TimeProvider clock)
{
    /// <summary>Why a pathway ends: a short list, so the counts mean something.</summary>
    public static readonly IReadOnlyList<string> Reasons =
    [
        "Het kind is 2 jaar",
        "Begeleiding afgerond",
        "Verhuisd naar een andere gemeente",
        "Op haar verzoek",
        "Geen contact meer",
        "Anders",
    ];

    public sealed record Input(string? Reason, bool Confirmed, int Version);

    public async Task<FormErrors> CloseAsync(int pathwayId, Input input, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (input.Reason is null || !Reasons.Contains(input.Reason)) errors.Add(nameof(Input.Reason), "Kies waarom u het traject afsluit.");
        if (!input.Confirmed) errors.Add(nameof(Input.Confirmed), "Bevestig dat u het traject wilt afsluiten.");
        var pathway = await db.Set<Pathway>().FirstOrDefaultAsync(p => p.Id == pathwayId, ct);
        if (pathway is null) errors.Add(nameof(Input.Reason), "Dit traject bestaat niet.");
        else if (pathway.ClosedAt is not null) errors.Add(nameof(Input.Reason), "Dit traject is al afgesloten.");
        if (errors.Any) return errors;
        db.ExpectVersion(pathway!, input.Version);
        pathway!.ClosedAt = clock.GetUtcNow().UtcDateTime;
        pathway.ClosedReason = input.Reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            errors.Add(nameof(Input.Reason), await db.ConflictFromLogAsync(nameof(Pathway), pathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct));
        }
        return errors;
    }
}
