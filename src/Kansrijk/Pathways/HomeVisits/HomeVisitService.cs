using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.HomeVisits;

/// <summary>
/// What the JGZ does with a prenatal home visit, and how the referral's status follows it:
/// planning the visit means an appointment was made (aangemeld → contact gelegd); a contact where the visit took place
/// starts the help (→ gestart); "wil geen huisbezoek" ends it (→ niet gestart); the outcome completes it (→ afgerond).
/// From the outcome the JGZ refers on, with her consent, and is from then on involved in the pathway.
/// Nothing is recorded after she withdrew her consent for the visit. The pages ask the Authorizer first.
/// </summary>
public sealed class HomeVisitService(KansrijkDb db, PathwayService pathways, TimeProvider clock)
{
    public const string WithdrawnMessage = "Zij heeft haar toestemming voor het huisbezoek ingetrokken. Leg niets meer vast en neem geen contact meer op.";
    public const string DeclinedReason = "Wil geen hulp (meer)";
    /// <summary>The reason the JGZ reads when the municipality offers the visit to every pregnant woman and none was given.</summary>
    public const string OfferedToAllReason = "Geen reden nodig: de gemeente biedt het prenataal huisbezoek aan alle zwangeren aan.";


    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<HomeVisit?> ForReferralAsync(int referralId, CancellationToken ct) =>
        db.Set<HomeVisit>().AsNoTracking().Include(v => v.Contacts).FirstOrDefaultAsync(v => v.ReferralId == referralId, ct);

    public async Task<bool> IsHomeVisitOfferAsync(int? offerId, CancellationToken ct) =>
        offerId is { } id && await db.Offers.AnyAsync(o => o.Id == id && o.IsPrenatalHomeVisit, ct);

    public Task<bool> IsHomeVisitAsync(int referralId, CancellationToken ct) => db.Set<HomeVisit>().AnyAsync(v => v.ReferralId == referralId, ct);

    public Task<bool> OfferedToAllAsync(string municipalityCode, CancellationToken ct) =>
        db.Set<HomeVisitMunicipality>().AnyAsync(m => m.MunicipalityCode == municipalityCode && m.OfferedToAll, ct);

    public async Task<FormErrors> PlanAsync(int referralId, string? on, HomeVisitKind? kind, int version, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var (visit, referral, due) = await LoadAsync(referralId, errors, ct);
        if (visit is null) return errors;
        if (!ReferralStatuses.IsOpen(referral!.Status) || visit.Outcome is not null) errors.Add("Plan.On", "Dit huisbezoek is afgesloten; u kunt het niet meer plannen.");
        var date = Dates.Parse(on, "Plan.On", "de datum van het bezoek", errors);
        if (date is { } d && d < Today) errors.Add("Plan.On", "Kies een datum vanaf vandaag.");
        else if (date is { } d2 && d2 > due) errors.Add("Plan.On", "Het huisbezoek is tijdens de zwangerschap: kies een datum vóór de uitgerekende datum.");
        if (kind is null) errors.Add("Plan.Kind", "Kies hoe het bezoek gaat: thuis, beeldbellen of telefonisch.");
        if (errors.Any) return errors;

        var now = clock.GetUtcNow().UtcDateTime;
        db.ExpectVersion(visit, version);
        visit.PlannedOn = date;
        visit.PlannedKind = kind;
        visit.PlannedAt = now;
        visit.PlannedByUserId = userId;
        if (referral.Status == ReferralStatus.Registered) Move(referral, ReferralStatus.ContactMade, userId, now);
        return await SaveAsync(errors, "Plan.On", ct);
    }

    public async Task<FormErrors> RecordContactAsync(int referralId, string? on, HomeVisitKind? kind, HomeVisitContactResult? result, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var (visit, referral, _) = await LoadAsync(referralId, errors, ct);
        if (visit is null) return errors;
        if (!ReferralStatuses.IsOpen(referral!.Status) || visit.Outcome is not null) errors.Add("Contact.On", "Dit huisbezoek is afgesloten; leg geen contacten meer vast.");
        var date = Dates.Parse(on, "Contact.On", "de datum van het contact", errors);
        if (date is { } d && d > Today) errors.Add("Contact.On", "Een contact ligt niet in de toekomst. Een afspraak legt u vast bij 'Bezoek plannen'.");
        else if (date is { } d2 && d2 < DateOnly.FromDateTime(referral.CreatedAt)) errors.Add("Contact.On", "Dit contact ligt vóór de verwijzing: controleer de datum.");
        if (kind is null) errors.Add("Contact.Kind", "Kies hoe het contact was: thuis, beeldbellen of telefonisch.");
        if (result is null) errors.Add("Contact.Result", "Kies wat het contact opleverde.");
        if (errors.Any) return errors;

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new HomeVisitContact { HomeVisitId = visit.Id, PathwayId = visit.PathwayId, On = date!.Value, Kind = kind!.Value, Result = result!.Value, RecordedAt = now, ByUserId = userId });
        switch (result)
        {
            case HomeVisitContactResult.Done:
                if (referral.Status == ReferralStatus.Registered) Move(referral, ReferralStatus.ContactMade, userId, now);
                if (referral.Status == ReferralStatus.ContactMade) Move(referral, ReferralStatus.Started, userId, now);
                break;
            case HomeVisitContactResult.Declined when referral.Status != ReferralStatus.Started:
                Move(referral, ReferralStatus.NotStarted, userId, now, DeclinedReason);
                break;
        }
        return await SaveAsync(errors, "Contact.On", ct);
    }

    public async Task<FormErrors> RecordOutcomeAsync(int referralId, HomeVisitOutcome? outcome, int? interventionId, int version, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var (visit, referral, _) = await LoadAsync(referralId, errors, ct);
        if (visit is null) return errors;
        if (visit.Outcome is not null) errors.Add("Outcome.Kind", "De uitkomst is al vastgelegd.");
        else if (referral!.Status != ReferralStatus.Started) errors.Add("Outcome.Kind", "Leg eerst een contact vast waarin het bezoek is gedaan.");
        if (outcome is null) errors.Add("Outcome.Kind", "Kies de uitkomst van het bezoek.");
        if (outcome == HomeVisitOutcome.Intervention)
        {
            if (interventionId is null || !await db.Interventions.AnyAsync(i => i.Id == interventionId, ct)) errors.Add("Outcome.InterventionId", "Kies de interventie uit de menukaart.");
        }
        if (errors.Any) return errors;

        var now = clock.GetUtcNow().UtcDateTime;
        db.ExpectVersion(visit, version);
        visit.Outcome = outcome;
        visit.OutcomeInterventionId = outcome == HomeVisitOutcome.Intervention ? interventionId : null;
        visit.OutcomeAt = now;
        visit.OutcomeByUserId = userId;
        Move(referral!, ReferralStatus.Completed, userId, now);
        if (outcome == HomeVisitOutcome.JgzFollowUp) await InvolveAsync(visit.PathwayId, referral!.ReceiverOrganisationId, now, ct);
        return await SaveAsync(errors, "Outcome.Kind", ct);
    }

    /// <summary>Ends a visit that will not happen (not reached, moved, …) with a reason from the common list.</summary>
    public async Task<FormErrors> CloseAsync(int referralId, string? reason, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var (visit, _, _) = await LoadAsync(referralId, errors, ct, allowWithdrawn: true);
        if (visit is null) return errors;
        var result = await pathways.ChangeStatusAsync(referralId, ReferralStatus.NotStarted, reason, userId, ct);
        foreach (var (_, message) in result.All) errors.Add("Close.Reason", message);
        return errors;
    }

    /// <summary>
    /// A referral straight from the outcome: her consent for the new offer and the referral in one go (both or neither).
    /// The JGZ refers in its own name and becomes involved in the pathway, so it can also withdraw that consent.
    /// </summary>
    public async Task<FormErrors> ReferOnAsync(int referralId, PathwayService.ConsentInput consent, PathwayService.ReferInput refer, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var (visit, referral, _) = await LoadAsync(referralId, errors, ct);
        if (visit is null) return errors;
        if (visit.Outcome is null) errors.Add("ReferOn.OfferId", "Leg eerst de uitkomst van het bezoek vast.");
        var pathway = await db.Set<Pathway>().AsNoTracking().Where(p => p.Id == visit.PathwayId).Select(p => new { p.MunicipalityCode }).SingleAsync(ct);
        var offerOk = consent.OfferId is { } offerId && await db.Offers.AnyAsync(o => o.Id == offerId && !o.IsPrenatalHomeVisit && o.Status == CarePaths.ContentStatus.Published
            && (o.National || o.Municipalities.Any(m => m.MunicipalityCode == pathway.MunicipalityCode)), ct);
        if (!offerOk) errors.Add("ReferOn.OfferId", "Kies het hulpaanbod waarnaar u haar verwijst.");
        if (string.IsNullOrWhiteSpace(refer.Reason)) errors.Add("ReferOn.Reason", "Schrijf de reden op, zoveel mogelijk in haar eigen woorden.");
        if (string.IsNullOrWhiteSpace(refer.Agreed)) errors.Add("ReferOn.Agreed", "Schrijf op wat u met haar hebt afgesproken.");
        if (string.IsNullOrWhiteSpace(refer.ReferrerContact)) errors.Add("ReferOn.ReferrerContact", "Vul in hoe de ontvanger u kan bereiken.");
        if (!consent.Confirmed) errors.Add("ReferOn.Confirmed", "Bevestig dat u de uitleg hebt gegeven en dat zij toestemming geeft.");
        if (errors.Any) return errors;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await InvolveAsync(visit.PathwayId, referral!.ReceiverOrganisationId, now, ct);
        await db.SaveChangesAsync(ct);
        var given = await pathways.RecordConsentAsync(visit.PathwayId, ConsentPurpose.Referral, consent, userId, ct);
        var referred = given.Any ? given : await pathways.ReferAsync(visit.PathwayId, referral.ReceiverOrganisationId, refer with { OfferIds = [consent.OfferId!.Value] }, userId, ct);
        foreach (var (field, message) in referred.All) errors.Add("ReferOn." + (field == "OfferIds" ? "OfferId" : field), message);
        if (errors.Any) return errors;
        await transaction.CommitAsync(ct);
        return errors;
    }

    public async Task<FormErrors> SetOfferedToAllAsync(string municipalityCode, bool offeredToAll, int? version, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var setting = await db.Set<HomeVisitMunicipality>().FirstOrDefaultAsync(m => m.MunicipalityCode == municipalityCode, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (setting is null)
        {
            db.Add(new HomeVisitMunicipality { MunicipalityCode = municipalityCode, OfferedToAll = offeredToAll, ChangedAt = now, ChangedByUserId = userId });
        }
        else
        {
            db.ExpectVersion(setting, version ?? -1);
            setting.OfferedToAll = offeredToAll;
            setting.ChangedAt = now;
            setting.ChangedByUserId = userId;
        }
        return await SaveAsync(errors, "OfferedToAll", ct);
    }

    private async Task<(HomeVisit? Visit, Referral? Referral, DateOnly Due)> LoadAsync(int referralId, FormErrors errors, CancellationToken ct, bool allowWithdrawn = false)
    {
        var visit = await db.Set<HomeVisit>().Include(v => v.Referral).ThenInclude(r => r!.Pathway).FirstOrDefaultAsync(v => v.ReferralId == referralId, ct);
        if (visit is null)
        {
            errors.Add("Plan.On", "Deze verwijzing is geen prenataal huisbezoek.");
            return (null, null, default);
        }
        var withdrawn = await db.Set<Consent>().AnyAsync(c => c.Id == visit.Referral!.ConsentId && c.WithdrawnAt != null, ct);
        if (withdrawn && !allowWithdrawn)
        {
            errors.Add("Plan.On", WithdrawnMessage);
            return (null, null, default);
        }
        return (visit, visit.Referral, visit.Referral!.Pathway!.DueDate);
    }

    private void Move(Referral referral, ReferralStatus to, string userId, DateTime now, string? reason = null)
    {
        referral.Status = to;
        referral.UpdatedAt = now;
        db.Add(new ReferralStatusChange { ReferralId = referral.Id, Status = to, NotStartedReason = reason, At = now, ByUserId = userId });
    }

    private async Task InvolveAsync(int pathwayId, int organisationId, DateTime now, CancellationToken ct)
    {
        if (!await db.Set<Involvement>().AnyAsync(i => i.PathwayId == pathwayId && i.OrganisationId == organisationId && i.EndedAt == null, ct))
        {
            db.Add(new Involvement { PathwayId = pathwayId, OrganisationId = organisationId, StartedAt = now });
        }
    }

    private async Task<FormErrors> SaveAsync(FormErrors errors, string field, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Nothing of this attempt may ride along with the next save (the page still logs its reads).
            db.ChangeTracker.Clear();
            errors.Add(field, string.Format(Versions.ConflictMessage, ""));
        }
        return errors;
    }
}
