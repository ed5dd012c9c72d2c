using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// What professionals do with a pathway: open it (duplicates caught), record and withdraw consent, refer with a warm
/// handover (never without the consent it needs), and, as receiver, move a referral through its statuses.
/// The pages ask the <see cref="Authorizer"/> first; this class checks the rules of the chain itself.
/// </summary>
public sealed class PathwayService(KansrijkDb db, ClientDataProtector protector, TimeProvider clock, Notices.NoticeService notices)
{
    public sealed record OpenInput(string? Name, string? BirthDate, string? Phone, string? Email, string? PartnerName,
        string? MunicipalityCode, string? Postcode, string? DueDate, int? OrganisationId);

    public sealed record ConsentInput(int? OfferId, ConsentGivenBy GivenBy, ConsentManner Manner, string? Language, bool Confirmed);

    public sealed record ReferInput(IReadOnlyList<int> OfferIds, string? Reason, string? Agreed, string? ContactPreference, bool Urgent, string? ReferrerContact);

    /// <summary>Who may see a pathway: the organisations involved now.</summary>
    public async Task<ScopedResource?> ResourceAsync(int pathwayId, CancellationToken ct)
    {
        var pathway = await db.Set<Pathway>().AsNoTracking().Where(p => p.Id == pathwayId)
            .Select(p => new { p.MunicipalityCode, Organisations = p.Involvements.Where(i => i.EndedAt == null).Select(i => i.OrganisationId).ToList() })
            .FirstOrDefaultAsync(ct);
        if (pathway is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var emergency = await db.Set<EmergencyAccess>().AsNoTracking().Where(e => e.PathwayId == pathwayId && e.EndsAt > now).Select(e => e.UserId).ToListAsync(ct);
        return PathwayResources.Pathway(pathwayId, pathway.MunicipalityCode, pathway.Organisations) with { EmergencyUsers = emergency };
    }

    /// <summary>
    /// The resource to ask about; an unknown id becomes a pathway nobody is involved in, so it is refused (and logged)
    /// exactly like someone else's: no probing for which ids exist.
    /// </summary>
    public async Task<ScopedResource> ResourceOrNobodysAsync(int pathwayId, CancellationToken ct) =>
        await ResourceAsync(pathwayId, ct) ?? PathwayResources.Pathway(pathwayId, "", []);

    public async Task<(int? Id, FormErrors Errors, int? Duplicate)> OpenAsync(OpenInput input, IReadOnlySet<int> actorOrganisations, string userId,
        bool fictional, CancellationToken ct)
    {
        var errors = new FormErrors();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (name, birth, due) = ClientIdentityInput.Check(input.Name, input.BirthDate, input.DueDate, today, errors);
        ClientIdentityInput.CheckDueWindow(due, today, errors);
        if (string.IsNullOrWhiteSpace(input.Phone) && string.IsNullOrWhiteSpace(input.Email)) errors.Add(nameof(input.Phone), "Vul een telefoonnummer of een e-mailadres in, zodat de ontvanger contact kan opnemen.");
        if (input.Phone is { Length: > 30 }) errors.Add(nameof(input.Phone), "Een telefoonnummer is hoogstens 30 tekens.");
        if (!string.IsNullOrWhiteSpace(input.Email) && !input.Email.Contains('@')) errors.Add(nameof(input.Email), "Vul een e-mailadres in met een @, bijvoorbeeld naam@voorbeeld.nl.");
        var postcode = input.Postcode?.Trim() ?? "";
        if (postcode.Length != 4 || !postcode.All(char.IsAsciiDigit)) errors.Add(nameof(input.Postcode), "Vul de vier cijfers van de postcode in, bijvoorbeeld 2511.");
        var municipality = input.MunicipalityCode?.Trim();
        if (string.IsNullOrEmpty(municipality) || !await db.Areas.AnyAsync(a => a.Code == municipality && a.Type == Geography.AreaType.Municipality, ct))
        {
            errors.Add(nameof(input.MunicipalityCode), "Kies de gemeente waar zij woont.");
        }
        var organisation = input.OrganisationId ?? (actorOrganisations.Count == 1 ? actorOrganisations.First() : null);
        if (organisation is null || !actorOrganisations.Contains(organisation.Value)) errors.Add(nameof(input.OrganisationId), "Kies de organisatie waarvoor u dit traject opent.");
        if (errors.Any) return (null, errors, null);

        var hash = protector.IdentityHash(name!, birth!.Value);
        var duplicate = await db.Set<Pathway>().AsNoTracking()
            .Where(p => p.IdentityHash == hash && p.DueDate == due!.Value && p.ClosedAt == null && p.Involvements.Any(i => i.OrganisationId == organisation && i.EndedAt == null))
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (duplicate is not null)
        {
            errors.Add(nameof(input.Name), "Uw organisatie heeft al een traject voor deze vrouw en deze zwangerschap.");
            return (null, errors, duplicate);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var pathway = new Pathway
        {
            OrganisationId = organisation!.Value,
            OpenedByUserId = userId,
            OpenedAt = now,
            NameEncrypted = protector.Protect(ClientFields.Name, name!),
            BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, birth.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            PhoneEncrypted = protector.ProtectOptional(ClientFields.Phone, input.Phone),
            EmailEncrypted = protector.ProtectOptional(ClientFields.Email, input.Email),
            PartnerNameEncrypted = protector.ProtectOptional(ClientFields.PartnerName, input.PartnerName),
            IdentityHash = hash,
            MunicipalityCode = municipality!,
            Postcode4 = postcode,
            DueDate = due!.Value,
            IsFictional = fictional,
        };
        pathway.Involvements.Add(new Involvement { OrganisationId = organisation.Value, StartedAt = now, StartedByUserId = userId });
        db.Add(pathway);
        await db.SaveChangesAsync(ct);
        return (pathway.Id, errors, null);
    }

    public async Task<FormErrors> RecordConsentAsync(int pathwayId, ConsentPurpose purpose, ConsentInput input, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var offer = input.OfferId is { } offerId
            ? await db.Offers.AsNoTracking().Where(o => o.Id == offerId).Select(o => new { o.Id, o.OrganisationId, o.IsPrenatalHomeVisit }).FirstOrDefaultAsync(ct)
            : null;
        if (offer is null) errors.Add(nameof(input.OfferId), "Kies het hulpaanbod waarvoor zij toestemming geeft.");
        // The prenatal home visit has a consent of its own (and its own explanation); a referral consent does not cover it, nor the other way round.
        else if (purpose != ConsentPurpose.Sharing && offer.IsPrenatalHomeVisit != (purpose == ConsentPurpose.HomeVisit))
        {
            errors.Add(nameof(input.OfferId), offer.IsPrenatalHomeVisit ? "Voor het prenataal huisbezoek vraagt u toestemming voor het huisbezoek zelf." : "Dit hulpaanbod is geen prenataal huisbezoek.");
        }
        var language = ConsentTexts.Instance.Find(input.Language);
        if (language is null) errors.Add(nameof(input.Language), "Kies de taal van de uitleg die u hebt gegeven.");
        if (!input.Confirmed) errors.Add(nameof(input.Confirmed), "Bevestig dat u de uitleg hebt gegeven en dat zij toestemming geeft.");
        if (errors.Any) return errors;
        db.Add(new Consent
        {
            PathwayId = pathwayId,
            Purpose = purpose,
            ReceiverOrganisationId = offer!.OrganisationId,
            OfferId = offer.Id,
            GivenBy = input.GivenBy,
            Manner = input.Manner,
            ExplanationLanguage = language!.Code,
            ExplanationVersion = ConsentTexts.Instance.Version,
            GivenAt = clock.GetUtcNow().UtcDateTime,
            RecordedByUserId = userId,
        });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>From now on nothing more is shared on this consent; receivers see the withdrawal.</summary>
    public async Task<bool> WithdrawConsentAsync(int pathwayId, int consentId, string userId, CancellationToken ct)
    {
        var consent = await db.Set<Consent>().FirstOrDefaultAsync(c => c.Id == consentId && c.PathwayId == pathwayId, ct);
        if (consent is null || consent.WithdrawnAt is not null) return false;
        consent.WithdrawnAt = clock.GetUtcNow().UtcDateTime;
        consent.WithdrawnByUserId = userId;
        var referrals = await db.Set<Referral>().AsNoTracking().Where(r => r.ConsentId == consentId).Select(r => new { r.Id, r.ReceiverOrganisationId }).ToListAsync(ct);
        foreach (var r in referrals)
        {
            notices.Add(r.ReceiverOrganisationId, Notices.NoticeTexts.ConsentWithdrawn(r.Id), Notices.NoticeTexts.ReceivedUrl(r.Id));
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// One referral per offer, each only with an active consent for that offer (for the prenatal home visit: the home-visit
    /// consent); all or none are made. A referral to the home visit is also a <see cref="HomeVisits.HomeVisit"/>.
    /// </summary>
    public async Task<FormErrors> ReferAsync(int pathwayId, int referrerOrganisationId, ReferInput input, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (await db.Set<Pathway>().AnyAsync(p => p.Id == pathwayId && p.ClosedAt != null, ct)) errors.Add(nameof(input.OfferIds), "Dit traject is afgesloten; u kunt niet meer verwijzen.");
        if (input.OfferIds.Count == 0) errors.Add(nameof(input.OfferIds), "Kies minstens één hulpaanbod.");
        if (string.IsNullOrWhiteSpace(input.Agreed)) errors.Add(nameof(input.Agreed), "Schrijf op wat u met haar hebt afgesproken.");
        if (string.IsNullOrWhiteSpace(input.ReferrerContact)) errors.Add(nameof(input.ReferrerContact), "Vul in hoe de ontvanger u kan bereiken.");
        if (input.Reason is { Length: > 2000 } || input.Agreed is { Length: > 2000 }) errors.Add(nameof(input.Reason), "Houd de reden en de afspraak elk onder 2000 tekens.");
        var consents = await db.Set<Consent>().AsNoTracking()
            .Where(c => c.PathwayId == pathwayId && c.WithdrawnAt == null && c.OfferId != null && input.OfferIds.Contains(c.OfferId.Value))
            .ToListAsync(ct);
        var offers = await db.Offers.AsNoTracking().Where(o => input.OfferIds.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.OrganisationId, o.IsPrenatalHomeVisit }).ToListAsync(ct);
        ConsentPurpose PurposeOf(int offerId) => offers.Any(o => o.Id == offerId && o.IsPrenatalHomeVisit) ? ConsentPurpose.HomeVisit : ConsentPurpose.Referral;
        foreach (var offerId in input.OfferIds.Distinct())
        {
            var offer = offers.FirstOrDefault(o => o.Id == offerId);
            if (offer is null) errors.Add(nameof(input.OfferIds), "Dit hulpaanbod bestaat niet (meer).");
            else if (!consents.Any(c => c.OfferId == offerId && c.Purpose == PurposeOf(offerId)))
            {
                errors.Add(nameof(input.OfferIds), offer.IsPrenatalHomeVisit
                    ? $"Er is geen geldige toestemming voor het prenataal huisbezoek ({offer.Name}). Vraag eerst toestemming voor het huisbezoek."
                    : $"Er is geen geldige toestemming voor een verwijzing naar {offer.Name}. Vraag eerst toestemming.");
            }
        }
        // A municipality that offers the home visit to every pregnant woman needs no reason for it (HomeVisits).
        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            var municipality = await db.Set<Pathway>().Where(p => p.Id == pathwayId).Select(p => p.MunicipalityCode).FirstOrDefaultAsync(ct);
            var offeredToAll = offers.Count > 0 && offers.All(o => o.IsPrenatalHomeVisit)
                && await db.Set<HomeVisits.HomeVisitMunicipality>().AnyAsync(m => m.MunicipalityCode == municipality && m.OfferedToAll, ct);
            if (offeredToAll) reason = HomeVisits.HomeVisitService.OfferedToAllReason;
            else errors.Add(nameof(input.Reason), "Schrijf de reden op, zoveel mogelijk in haar eigen woorden.");
        }
        if (errors.Any) return errors;

        var now = clock.GetUtcNow().UtcDateTime;
        // The referrals and the receivers' notices (which name the referral's number) are saved together; a caller that
        // holds a transaction (the home visit's "verwijs door": consent and referral together) keeps it.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var made = new List<(Referral Referral, string Offer)>();
        foreach (var offer in offers)
        {
            var referral = new Referral
            {
                PathwayId = pathwayId,
                OfferId = offer.Id,
                ReceiverOrganisationId = offer.OrganisationId,
                ReferrerOrganisationId = referrerOrganisationId,
                ConsentId = consents.Where(c => c.OfferId == offer.Id && c.Purpose == PurposeOf(offer.Id)).OrderByDescending(c => c.GivenAt).First().Id,
                ReasonEncrypted = protector.Protect(ClientFields.Reason, reason!),
                AgreedEncrypted = protector.Protect(ClientFields.Agreed, input.Agreed!.Trim()),
                ContactPreference = input.ContactPreference?.Trim() is { Length: > 0 } c ? c[..Math.Min(c.Length, 200)] : null,
                Urgent = input.Urgent,
                ReferrerUserId = userId,
                ReferrerContact = input.ReferrerContact!.Trim()[..Math.Min(input.ReferrerContact.Trim().Length, 300)],
                Status = ReferralStatus.Registered,
                CreatedAt = now,
                UpdatedAt = now,
            };
            referral.Changes.Add(new ReferralStatusChange { Status = ReferralStatus.Registered, At = now, ByUserId = userId });
            db.Add(referral);
            if (offer.IsPrenatalHomeVisit) db.Add(new HomeVisits.HomeVisit { Referral = referral, PathwayId = pathwayId });
            made.Add((referral, offer.Name));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (referral, offer) in made)
        {
            notices.Add(referral.ReceiverOrganisationId, Notices.NoticeTexts.NewReferral(referral.Id, offer, referral.Urgent), Notices.NoticeTexts.ReceivedUrl(referral.Id));
        }
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return errors;
    }

    /// <summary>The receiver moves a referral on: aangemeld → contact gelegd → gestart → afgerond, or niet gestart with a reason.</summary>
    public async Task<FormErrors> ChangeStatusAsync(int referralId, ReferralStatus status, string? reason, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var referral = await db.Set<Referral>().FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null)
        {
            errors.Add("Status", "Deze verwijzing bestaat niet.");
            return errors;
        }
        if (!ReferralStatuses.CanMove(referral.Status, status)) errors.Add("Status", $"Van '{ReferralStatuses.Dutch(referral.Status)}' kan de status niet naar '{ReferralStatuses.Dutch(status)}'.");
        if (status == ReferralStatus.NotStarted && !ReferralStatuses.NotStartedReasons.Contains(reason)) errors.Add("Reason", "Kies waarom de hulp niet is gestart.");
        if (errors.Any) return errors;
        var now = clock.GetUtcNow().UtcDateTime;
        referral.Status = status;
        referral.UpdatedAt = now;
        db.Add(new ReferralStatusChange { ReferralId = referral.Id, Status = status, NotStartedReason = status == ReferralStatus.NotStarted ? reason : null, At = now, ByUserId = userId });
        var offer = await db.Offers.Where(o => o.Id == referral.OfferId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "?";
        notices.Add(referral.ReferrerOrganisationId, Notices.NoticeTexts.StatusChanged(referral.Id, offer, status), Notices.NoticeTexts.PathwayUrl(referral.PathwayId));
        await db.SaveChangesAsync(ct);
        return errors;
    }
}

/// <summary>The associated data of each encrypted field: a value cannot be moved to another field.</summary>
public static class ClientFields
{
    public const string Name = "pathway.name";
    public const string BirthDate = "pathway.birth-date";
    public const string Phone = "pathway.phone";
    public const string Email = "pathway.email";
    public const string PartnerName = "pathway.partner-name";
    public const string Reason = "referral.reason";
    public const string Agreed = "referral.agreed";
    public const string EmergencyReason = "emergency.reason";
}

public static class PathwayResources
{
    public const string Type = "Traject";

    public static ScopedResource Pathway(int id, string municipality, IEnumerable<int> organisations) =>
        new(Type, id.ToString(CultureInfo.InvariantCulture), [municipality]) { Organisations = organisations.Distinct().ToList() };

    public static ScopedResource Referral(int id, int pathwayId, int receiver) =>
        new("Verwijzing", id.ToString(CultureInfo.InvariantCulture), []) { Organisations = [receiver] };
}
