using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>A pathway as a case meeting may show it: only with an active case-meeting consent, and only to its participants.</summary>
public sealed record PathwayIdentity(int Id, string Name, int PregnancyWeek, string MunicipalityCode, bool Fictional);

/// <summary>
/// The contract the case meetings (CaseMeetings) use: who may bring a pathway in, her case-meeting consent (record,
/// still active?), her name and week for the participants, and the referral an action led to. It decrypts but does not
/// log: the meeting pages log every read under the woman's key, as the pathway pages do.
/// </summary>
public sealed class PathwayCaseLinks(KansrijkDb db, PathwayService pathways, PathwayReader reader, ClientDataProtector protector, TimeProvider clock)
{
    public Task<ScopedResource> ResourceAsync(int pathwayId, CancellationToken ct) => pathways.ResourceOrNobodysAsync(pathwayId, ct);

    /// <summary>Her organisations' open pathways by name, to choose from (the list read is logged like "Mijn cliënten").</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ClientsAsync(IReadOnlySet<int> organisations, CancellationToken ct)
    {
        var all = new List<(int Id, string Name)>();
        for (var page = 1; ; page++)
        {
            var list = await reader.MyClientsAsync(organisations, closed: false, page, ct);
            all.AddRange(list.Rows.Select(c => (c.Id, c.Name)));
            if (list.Rows.Count == 0 || all.Count >= list.Total) return all;
        }
    }

    public Task<int?> ActiveConsentAsync(int pathwayId, int organiser, CancellationToken ct) =>
        db.Set<Consent>().AsNoTracking()
            .Where(c => c.PathwayId == pathwayId && c.Purpose == ConsentPurpose.CaseMeeting && c.ReceiverOrganisationId == organiser && c.WithdrawnAt == null)
            .OrderByDescending(c => c.GivenAt).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);

    /// <summary>Records her consent for discussion by name in the meetings the organiser organises, with the explanation's language.</summary>
    public async Task<(int? ConsentId, FormErrors Errors)> RecordConsentAsync(int pathwayId, int organiser, bool byPartner, bool written, string? language,
        string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var text = ConsentTexts.Instance.Find(language);
        if (text is null) errors.Add("ConsentLanguage", "Kies de taal van de uitleg die u hebt gegeven.");
        if (errors.Any) return (null, errors);
        var consent = new Consent
        {
            PathwayId = pathwayId,
            Purpose = ConsentPurpose.CaseMeeting,
            ReceiverOrganisationId = organiser,
            GivenBy = byPartner ? ConsentGivenBy.Partner : ConsentGivenBy.Woman,
            Manner = written ? ConsentManner.Written : ConsentManner.Spoken,
            ExplanationLanguage = text!.Code,
            ExplanationVersion = ConsentTexts.Instance.Version,
            GivenAt = clock.GetUtcNow().UtcDateTime,
            RecordedByUserId = userId,
        };
        db.Add(consent);
        await db.SaveChangesAsync(ct);
        return (consent.Id, errors);
    }

    /// <summary>The languages the explanation exists in: code, name, writing direction.</summary>
    public static IReadOnlyList<(string Code, string Name, string Direction)> Languages =>
        [.. ConsentTexts.Instance.Languages.Select(l => (l.Code, l.Name, l.Direction))];

    /// <summary>The explanation to read out before she consents to discussion by name in the organiser's meetings.</summary>
    public static string Explanation(string? language, string organiser)
    {
        var text = ConsentTexts.Instance.Find(language) ?? ConsentTexts.Instance.Languages[0];
        return ConsentTexts.Explain(text, ConsentPurpose.CaseMeeting, organiser, organiser);
    }

    /// <summary>Of these consents, the ones not withdrawn.</summary>
    public async Task<IReadOnlySet<int>> ActiveAsync(IEnumerable<int> consentIds, CancellationToken ct)
    {
        var ids = consentIds.Distinct().ToList();
        return (await db.Set<Consent>().AsNoTracking().Where(c => ids.Contains(c.Id) && c.WithdrawnAt == null).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>Name, pregnancy week and municipality, decrypted; a pathway whose data was removed is left out.</summary>
    public async Task<IReadOnlyDictionary<int, PathwayIdentity>> IdentitiesAsync(IEnumerable<int> pathwayIds, CancellationToken ct)
    {
        var ids = pathwayIds.Distinct().ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.Set<Pathway>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.AnonymisedAt == null && p.NameEncrypted != "")
            .Select(p => new { p.Id, p.NameEncrypted, p.DueDate, p.MunicipalityCode, p.IsFictional }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new PathwayIdentity(r.Id, protector.Unprotect(ClientFields.Name, r.NameEncrypted),
            Dates.PregnancyWeek(r.DueDate, today).Weeks, r.MunicipalityCode, r.IsFictional));
    }

    /// <summary>
    /// Her date of birth, decrypted, to route advice by her age (signalling); null when her data was removed. Not logged
    /// here: the page that shows the advice logs its read under her key.
    /// </summary>
    public async Task<DateOnly?> BirthDateAsync(int pathwayId, CancellationToken ct)
    {
        var encrypted = await db.Set<Pathway>().AsNoTracking().Where(p => p.Id == pathwayId && p.AnonymisedAt == null && p.BirthDateEncrypted != "")
            .Select(p => p.BirthDateEncrypted).FirstOrDefaultAsync(ct);
        return encrypted is null ? null
            : DateOnly.ParseExact(protector.Unprotect(ClientFields.BirthDate, encrypted), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Her age in whole years on a day.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly on) =>
        on.Year - birthDate.Year - (on < birthDate.AddYears(on.Year - birthDate.Year) ? 1 : 0);

    /// <summary>The municipality of each pathway (readable, as for every count).</summary>
    public async Task<IReadOnlyDictionary<int, string>> MunicipalitiesAsync(IEnumerable<int> pathwayIds, CancellationToken ct)
    {
        var ids = pathwayIds.Distinct().ToList();
        return await db.Set<Pathway>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.MunicipalityCode, ct);
    }

    /// <summary>The first referral of the pathway to the offer made since the moment given (the action it came from).</summary>
    public Task<int?> ReferralSinceAsync(int pathwayId, int offerId, DateTime since, CancellationToken ct) =>
        db.Set<Referral>().AsNoTracking().Where(r => r.PathwayId == pathwayId && r.OfferId == offerId && r.CreatedAt >= since)
            .OrderBy(r => r.CreatedAt).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
}
