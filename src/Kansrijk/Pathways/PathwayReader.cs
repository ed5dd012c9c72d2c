using System.Globalization;
using Kansrijk.Access.AccessLog;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Reads client data for the pages, decrypted, and writes every read to the access log with the client's key
/// (in one save with nothing else, before the page is shown).
/// </summary>
public sealed class PathwayReader(KansrijkDb db, ClientDataProtector protector, AccessLogWriter log, TimeProvider clock,
    OrganisationDirectory organisationDirectory, CarePaths.OfferDirectory offerDirectory)
{
    public sealed record ClientRow(int Id, string Name, DateOnly DueDate, (int Weeks, int Days) Week, string MunicipalityCode, int OpenReferrals, bool Fictional, DateTime? ClosedAt = null);

    public sealed record ConsentRow(Consent Consent, string Receiver, string? Offer);

    public sealed record ReferralRow(Referral Referral, string Offer, string Receiver, bool ConsentWithdrawn);

    public sealed record Detail(Pathway Pathway, string Name, DateOnly BirthDate, string? Phone, string? Email, string? PartnerName, string Organisation,
        (int Weeks, int Days) Week, IReadOnlyList<ConsentRow> Consents, IReadOnlyList<ReferralRow> Referrals, IReadOnlyList<TimelineItem> Timeline);

    public sealed record TimelineItem(DateTime At, string Text);

    public sealed record InboxRow(int Id, string ClientName, string Offer, string Referrer, ReferralStatus Status, bool Urgent, int DaysWithoutChange, bool ConsentWithdrawn, bool Fictional);

    public sealed record ReceivedReferral(Referral Referral, string ClientName, string? Phone, string? Email, string MunicipalityCode, string Postcode4, (int Weeks, int Days) Week,
        string Reason, string Agreed, string Offer, string Referrer, DateTime? ConsentWithdrawnAt, bool Fictional);

    /// <summary>A referral without change for this many days is on both sides' task lists.</summary>
    public const int StaleAfterDays = 14;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Rows per page of "Mijn cliënten" and the inbox: only the rows shown are decrypted and logged as read.</summary>
    public const int PageSize = 50;

    /// <summary>One page of a list; <see cref="Number"/> is 1-based and clamped to the last page.</summary>
    public sealed record ListPage<T>(IReadOnlyList<T> Rows, int Total, int Number)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    /// <param name="closed">The closed pathways instead of the open ones (same organisations, last closed first).</param>
    public async Task<ListPage<ClientRow>> MyClientsAsync(IReadOnlySet<int> organisations, bool closed, int page, CancellationToken ct)
    {
        var ids = organisations.ToList();
        // From her organisations' involvements (index on organisation), not from every pathway.
        var involved = db.Set<Involvement>().Where(i => ids.Contains(i.OrganisationId) && i.EndedAt == null).Select(i => i.PathwayId);
        var mine = db.Set<Pathway>().AsNoTracking().Where(p => involved.Contains(p.Id) && (closed ? p.ClosedAt != null : p.ClosedAt == null));
        var total = await mine.CountAsync(ct);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var ordered = closed ? mine.OrderByDescending(p => p.ClosedAt).ThenByDescending(p => p.Id) : mine.OrderBy(p => p.DueDate).ThenBy(p => p.Id);
        var rows = await ordered.Skip((number - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.NameEncrypted, p.DueDate, p.ClosedAt, p.MunicipalityCode, p.IsFictional })
            .ToListAsync(ct);
        // Open referrals for the rows shown only.
        var shown = rows.Select(r => r.Id).ToList();
        var open = await db.Set<Referral>().AsNoTracking()
            .Where(r => shown.Contains(r.PathwayId) && (r.Status == ReferralStatus.Registered || r.Status == ReferralStatus.ContactMade || r.Status == ReferralStatus.Started))
            .GroupBy(r => r.PathwayId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        await LogReadsAsync(shown, "Traject", closed ? "Lijst 'Mijn cliënten', afgesloten trajecten" : "Lijst 'Mijn cliënten'", ct);
        return new ListPage<ClientRow>([.. rows.Select(r => new ClientRow(r.Id, r.NameEncrypted.Length == 0 ? "(gegevens verwijderd)" : protector.Unprotect(ClientFields.Name, r.NameEncrypted),
            r.DueDate, Dates.PregnancyWeek(r.DueDate, Today), r.MunicipalityCode, open.GetValueOrDefault(r.Id), r.IsFictional, r.ClosedAt))], total, number);
    }

    /// <param name="emergency">Read under break-the-glass: the log row says so (<see cref="EmergencyAccessService.LogType"/>).</param>
    public async Task<Detail?> DetailAsync(int id, CancellationToken ct, bool emergency = false)
    {
        var p = await db.Set<Pathway>().AsNoTracking().Include(x => x.Consents).Include(x => x.Referrals).ThenInclude(r => r.Changes)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var organisationIds = p.Consents.Select(c => c.ReceiverOrganisationId).Concat(p.Referrals.Select(r => r.ReceiverOrganisationId)).Append(p.OrganisationId).Distinct().ToList();
        var offerIds = p.Consents.Where(c => c.OfferId != null).Select(c => c.OfferId!.Value).Concat(p.Referrals.Select(r => r.OfferId));
        var (offers, organisations) = await NamesAsync(offerIds, organisationIds, ct);
        var consents = p.Consents.OrderByDescending(c => c.GivenAt)
            .Select(c => new ConsentRow(c, organisations.GetValueOrDefault(c.ReceiverOrganisationId, "?"), c.OfferId is { } o ? offers.GetValueOrDefault(o) : null)).ToList();
        var referrals = p.Referrals.OrderByDescending(r => r.CreatedAt)
            .Select(r => new ReferralRow(r, offers.GetValueOrDefault(r.OfferId, "?"), organisations.GetValueOrDefault(r.ReceiverOrganisationId, "?"),
                p.Consents.Any(c => c.Id == r.ConsentId && c.WithdrawnAt != null))).ToList();
        var timeline = new List<TimelineItem> { new(p.OpenedAt, $"Traject geopend door {organisations.GetValueOrDefault(p.OrganisationId)}") };
        timeline.AddRange(consents.Select(c => new TimelineItem(c.Consent.GivenAt, $"Toestemming gegeven: {ConsentWords.Purpose(c.Consent.Purpose)} {c.Offer ?? c.Receiver}")));
        timeline.AddRange(consents.Where(c => c.Consent.WithdrawnAt != null).Select(c => new TimelineItem(c.Consent.WithdrawnAt!.Value, $"Toestemming ingetrokken: {c.Offer ?? c.Receiver}")));
        timeline.AddRange(referrals.SelectMany(r => r.Referral.Changes.Select(ch => new TimelineItem(ch.At,
            $"Verwijzing naar {r.Offer}: {ReferralStatuses.Dutch(ch.Status)}{(ch.NotStartedReason is null ? "" : $" ({ch.NotStartedReason})")}"))));
        if (emergency) await LogReadsAsync([p.Id], EmergencyAccessService.LogType, "Traject bekeken met noodtoegang", ct);
        else await LogReadsAsync([p.Id], "Traject", "Traject bekeken", ct);
        return new Detail(p, protector.Unprotect(ClientFields.Name, p.NameEncrypted),
            DateOnly.ParseExact(protector.Unprotect(ClientFields.BirthDate, p.BirthDateEncrypted), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            protector.UnprotectOptional(ClientFields.Phone, p.PhoneEncrypted), protector.UnprotectOptional(ClientFields.Email, p.EmailEncrypted),
            protector.UnprotectOptional(ClientFields.PartnerName, p.PartnerNameEncrypted), organisations.GetValueOrDefault(p.OrganisationId, "?"),
            Dates.PregnancyWeek(p.DueDate, Today), consents, referrals, [.. timeline.OrderByDescending(t => t.At)]);
    }

    public async Task<ListPage<InboxRow>> InboxAsync(IReadOnlySet<int> organisations, int page, CancellationToken ct)
    {
        var ids = organisations.ToList();
        // One organisation (the usual case) as "=": PostgreSQL then reads the page in the inbox index's order and stops after
        // 50; with "= ANY(list)" it reads and sorts every referral the organisation received.
        var single = ids.Count == 1 ? ids[0] : (int?)null;
        var received = single is { } only
            ? db.Set<Referral>().AsNoTracking().Where(r => r.ReceiverOrganisationId == only)
            : db.Set<Referral>().AsNoTracking().Where(r => ids.Contains(r.ReceiverOrganisationId));
        var total = await received.CountAsync(ct);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        // First the page's ids (sorting the referral rows alone), then their pathway and consent for those 50 only.
        var pageIds = await received.OrderByDescending(r => r.Urgent).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip((number - 1) * PageSize).Take(PageSize).Select(r => r.Id).ToListAsync(ct);
        var rows = (await db.Set<Referral>().AsNoTracking().Where(r => pageIds.Contains(r.Id))
            .Select(r => new
            {
                r.Id,
                r.PathwayId,
                r.Pathway!.NameEncrypted,
                r.Pathway.IsFictional,
                r.OfferId,
                r.ReferrerOrganisationId,
                r.Status,
                r.Urgent,
                r.UpdatedAt,
                Withdrawn = db.Set<Consent>().Any(c => c.Id == r.ConsentId && c.WithdrawnAt != null),
            })
            .ToListAsync(ct)).OrderBy(r => pageIds.IndexOf(r.Id)).ToList();
        var names = await NamesAsync(rows.Select(r => r.OfferId), rows.Select(r => r.ReferrerOrganisationId), ct);
        await LogReadsAsync(rows.Select(r => r.PathwayId), "Verwijzing", "Inbox van de organisatie", ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new ListPage<InboxRow>([.. rows.Select(r => new InboxRow(r.Id, r.Withdrawn ? "(toestemming ingetrokken)" : r.NameEncrypted.Length == 0 ? "(gegevens verwijderd)" : protector.Unprotect(ClientFields.Name, r.NameEncrypted),
            names.Offers.GetValueOrDefault(r.OfferId, "?"), names.Organisations.GetValueOrDefault(r.ReferrerOrganisationId, "?"), r.Status, r.Urgent,
            (int)(now - r.UpdatedAt).TotalDays, r.Withdrawn, r.IsFictional))], total, number);
    }

    public async Task<ReceivedReferral?> ReceivedAsync(int id, CancellationToken ct)
    {
        var r = await db.Set<Referral>().AsNoTracking().Include(x => x.Pathway).Include(x => x.Changes).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var p = r.Pathway!;
        var withdrawnAt = await db.Set<Consent>().Where(c => c.Id == r.ConsentId).Select(c => c.WithdrawnAt).FirstOrDefaultAsync(ct);
        var names = await NamesAsync([r.OfferId], [r.ReferrerOrganisationId], ct);
        await LogReadsAsync([p.Id], "Verwijzing", $"Verwijzing {r.Id} bekeken door de ontvanger", ct);
        // After a withdrawal the receiver keeps the referral's course, not her contact details or story.
        var shared = withdrawnAt is null;
        return new ReceivedReferral(r, shared ? protector.Unprotect(ClientFields.Name, p.NameEncrypted) : "(toestemming ingetrokken)",
            shared ? protector.UnprotectOptional(ClientFields.Phone, p.PhoneEncrypted) : null, shared ? protector.UnprotectOptional(ClientFields.Email, p.EmailEncrypted) : null,
            p.MunicipalityCode, shared ? p.Postcode4 : "····", Dates.PregnancyWeek(p.DueDate, Today),
            shared ? protector.Unprotect(ClientFields.Reason, r.ReasonEncrypted) : "", shared ? protector.Unprotect(ClientFields.Agreed, r.AgreedEncrypted) : "",
            names.Offers.GetValueOrDefault(r.OfferId, "?"), names.Organisations.GetValueOrDefault(r.ReferrerOrganisationId, "?"), withdrawnAt, p.IsFictional);
    }

    private async Task<(Dictionary<int, string> Offers, IReadOnlyDictionary<int, string> Organisations)> NamesAsync(IEnumerable<int> offerIds, IEnumerable<int> organisationIds, CancellationToken ct) =>
        ((await offerDirectory.FindAsync(offerIds, ct)).ToDictionary(o => o.Key, o => o.Value.Name), await organisationDirectory.NamesAsync(organisationIds, ct));

    private async Task LogReadsAsync(IEnumerable<int> pathwayIds, string type, string details, CancellationToken ct)
    {
        var any = false;
        foreach (var id in pathwayIds.Distinct())
        {
            var key = id.ToString(CultureInfo.InvariantCulture);
            log.Add(db, new AccessEvent(AccessAction.Read, type, key, ClientId: key, Details: details));
            any = true;
        }
        if (any) await db.SaveChangesAsync(ct);
    }
}

public static class ConsentWords
{
    public static string Purpose(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.Referral => "verwijzing naar",
        ConsentPurpose.Sharing => "gegevens delen met",
        ConsentPurpose.HomeVisit => "prenataal huisbezoek door",
        ConsentPurpose.CaseMeeting => "bespreking op naam in het casusoverleg van",
        _ => purpose.ToString(),
    };

    public static string GivenBy(ConsentGivenBy by) => by == ConsentGivenBy.Woman ? "de vrouw zelf" : "haar partner";

    public static string Manner(ConsentManner manner) => manner == ConsentManner.Spoken ? "mondeling" : "schriftelijk";
}
