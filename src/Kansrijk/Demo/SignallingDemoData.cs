using Kansrijk.Access;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Responses;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Demo;

/// <summary>
/// Two fictional self-reports of the Kansrijk questionnaire, submitted with a code through the real service (so
/// encrypted and logged like real answers): the practice's fictional woman in Den Haag answered in Dutch (advice on
/// money, attention for how she feels), the one in Haarlem in Arabic (advice on housing, attention for language and
/// support). Idempotent.
/// </summary>
public sealed class SignallingDemoData(KansrijkDb db, UserManager<User> users, SelfReportService reports)
{
    public static readonly IReadOnlyDictionary<string, string?> DutchAnswers = new Dictionary<string, string?>
    {
        ["relatie-partner"] = "ja-samen",
        ["relatie-samen"] = "1",
        ["geld-rondkomen"] = "net",
        ["geld-schulden"] = "ja",
        ["geld-schulden-hulp"] = "ja",
        ["wens:geld-en-schulden"] = "ja",
        ["wonen-plek"] = "eigen",
        ["wonen-geschikt"] = "ja",
        ["welzijn-stemming"] = "3",
        ["welzijn-bevalling"] = "2",
        ["wens:hoe-gaat-het-met-u"] = "misschien",
        ["veilig-thuis"] = "ja",
        ["veilig-bang"] = "nee",
        ["verzekering-zorg"] = "ja",
    };

    public static readonly IReadOnlyDictionary<string, string?> ArabicAnswers = new Dictionary<string, string?>
    {
        ["relatie-partner"] = "ja-samen",
        ["relatie-samen"] = "2",
        ["geld-rondkomen"] = "makkelijk",
        ["geld-schulden"] = "nee",
        ["wonen-plek"] = "tijdelijk",
        ["wonen-geschikt"] = "nee",
        ["wens:wonen"] = "ja",
        ["taal-nederlands"] = "3",
        ["taal-lezen"] = "nee",
        ["wens:taal-en-lezen"] = "misschien",
        ["steun-hulp"] = "2",
        ["steun-alleen"] = "3",
        ["wens:steun-van-anderen"] = "nee",
        ["verzekering-zorg"] = "ja",
        ["verblijf-situatie"] = "vergunning",
    };

    public Task SeedAsync(CancellationToken ct = default) =>
        DemoRecords.OnceAsync(db, "signalering", ExistsAsync, () => SeedOnceAsync(ct), ct);

    private async Task<bool> ExistsAsync() =>
        await db.SignallingResponses.AnyAsync(r => db.Set<Pathway>().Any(p => p.Id == r.PathwayId && p.IsFictional));

    private async Task SeedOnceAsync(CancellationToken ct)
    {
        var practice = await db.Organisations.FirstOrDefaultAsync(o => o.Name == PathwayDemoData.MidwifePractice, ct);
        var midwife = await users.FindByEmailAsync(DemoAccounts.Professional.Email);
        if (practice is null || midwife is null) return;
        var women = await db.Set<Pathway>().Where(p => p.OrganisationId == practice.Id && p.IsFictional)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.MunicipalityCode }).ToListAsync(ct);
        var denHaag = women.FirstOrDefault(w => w.MunicipalityCode == "GM0518");
        var haarlem = women.FirstOrDefault(w => w.MunicipalityCode == "GM0392");
        if (denHaag is not null) await SubmitAsync(denHaag.Id, "nl", DutchAnswers, midwife.Id, ct);
        if (haarlem is not null) await SubmitAsync(haarlem.Id, "ar", ArabicAnswers, midwife.Id, ct);
    }

    private async Task SubmitAsync(int pathwayId, string language, IReadOnlyDictionary<string, string?> answers, string userId, CancellationToken ct)
    {
        var (_, code) = await reports.InviteAsync(pathwayId, userId, ct);
        var access = await reports.OpenAsync(code, ct);
        if (await reports.SaveAsync(access, language, answers, ct) is { } error) throw new InvalidOperationException(error);
        if (await reports.SubmitAsync(await reports.OpenAsync(code, ct), ct) is { } submitError) throw new InvalidOperationException(submitError);
    }
}
