using System.Globalization;
using Kansrijk.Access;
using Kansrijk.Access.Authorization;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// What participants do with a case meeting: plan it, bring in a case (by name only with her case-meeting consent,
/// otherwise anonymous), write down the discussion and decisions, agree actions. The pages ask the
/// <see cref="Authorizer"/> first; this class keeps the rules of the meeting itself.
/// </summary>
public sealed class CaseMeetingService(KansrijkDb db, ClientDataProtector protector, PathwayCaseLinks pathways, Organisations.OrganisationDirectory organisations, MeetingInvitations invitations, TimeProvider clock)
{
    public const string ResourceType = "Overleg";

    public sealed class MeetingInput : MeetingFields
    {
        public int? OrganisationId { get; set; }
        public List<string> Participants { get; set; } = [];
    }

    public sealed class CaseInput
    {
        /// <summary>"naam" (a pathway with consent) or "anoniem".</summary>
        public string? Way { get; set; }
        public int? PathwayId { get; set; }
        public bool ConsentGiven { get; set; }
        public bool ConsentByPartner { get; set; }
        public bool ConsentWritten { get; set; }
        public string? ConsentLanguage { get; set; } = "nl";
        public string? PregnancyWeek { get; set; }
        public string? Themes { get; set; }
        public string? Question { get; set; }
    }

    public sealed class DiscussionInput
    {
        public int CaseId { get; set; }
        public int Version { get; set; }
        public string? Discussion { get; set; }
        public string? Decisions { get; set; }
    }

    public sealed class ActionInput
    {
        public int CaseId { get; set; }
        public string? What { get; set; }
        public string? OwnerUserId { get; set; }
        public string? DueDate { get; set; }
        public int? OfferId { get; set; }
    }

    public sealed record Choice(string UserId, string Name, int OrganisationId, string Organisation);

    /// <summary>Who may see the meeting: its participants. An unknown id is a meeting without participants, refused like any other.</summary>
    public async Task<ScopedResource> ResourceAsync(int meetingId, CancellationToken ct)
    {
        var participants = await db.Set<MeetingParticipant>().AsNoTracking().Where(p => p.MeetingId == meetingId).Select(p => p.UserId).ToListAsync(ct);
        return new ScopedResource(ResourceType, meetingId.ToString(CultureInfo.InvariantCulture), []) { Participants = participants };
    }

    /// <summary>Professionals of organisations, to invite: her role scoped to an organisation names it.</summary>
    public async Task<IReadOnlyList<Choice>> ParticipantChoicesAsync(CancellationToken ct)
    {
        var rows = await (from a in db.RoleAssignments.AsNoTracking()
                          where a.Role == Role.Professional && a.ScopeType == ScopeType.Organisation
                          join u in db.Users.AsNoTracking() on a.UserId equals u.Id
                          select new { u.Id, u.DisplayName, a.ScopeId }).Take(1000).ToListAsync(ct);
        var organisationIds = rows.Select(r => int.TryParse(r.ScopeId, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        var names = await organisations.NamesAsync(organisationIds, ct);
        return [.. rows.Where(r => int.TryParse(r.ScopeId, CultureInfo.InvariantCulture, out var id) && names.ContainsKey(id))
            .Select(r => { var id = int.Parse(r.ScopeId!, CultureInfo.InvariantCulture); return new Choice(r.Id, r.DisplayName, id, names[id]); })
            .DistinctBy(c => c.UserId).OrderBy(c => c.Organisation, StringComparer.CurrentCulture).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    public async Task<(int? Id, FormErrors Errors)> CreateAsync(MeetingInput input, IReadOnlySet<int> actorOrganisations, string userId, CancellationToken ct, bool fictional = false)
    {
        var errors = new FormErrors();
        var details = MeetingDetails.Check(input, errors);
        var organisation = input.OrganisationId ?? (actorOrganisations.Count == 1 ? actorOrganisations.First() : null);
        if (organisation is null || !actorOrganisations.Contains(organisation.Value)) errors.Add(nameof(input.OrganisationId), "Kies de organisatie die het overleg organiseert.");
        var choices = (await ParticipantChoicesAsync(ct)).ToDictionary(c => c.UserId);
        if (input.Participants.Any(p => !choices.ContainsKey(p))) errors.Add(nameof(input.Participants), "Kies deelnemers uit de lijst.");
        if (errors.Any) return (null, errors);

        var meeting = new CaseMeeting
        {
            Name = details!.Name,
            Kind = input.Kind,
            StartsAt = details.StartsAtUtc,
            Place = details.Place,
            VideoLink = details.VideoLink,
            OrganiserOrganisationId = organisation!.Value,
            CreatedByUserId = userId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            IsFictional = fictional,
        };
        // She who plans it takes part, for the organisation she plans it for.
        meeting.Participants.Add(new MeetingParticipant { UserId = userId, OrganisationId = organisation.Value, IsOrganiser = true });
        foreach (var participant in input.Participants.Distinct().Where(p => p != userId))
        {
            meeting.Participants.Add(new MeetingParticipant { UserId = participant, OrganisationId = choices[participant].OrganisationId });
        }
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        // The invitations go once the meeting has its id (for the link); no client data in them.
        invitations.Invited(meeting, meeting.Participants.Where(p => p.UserId != userId));
        await db.SaveChangesAsync(ct);
        return (meeting.Id, errors);
    }

    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>
    /// A case by name needs a pathway the page has checked she may change, and an active case-meeting consent for the
    /// organiser (recorded here when she confirms it was given). Otherwise only anonymous: week, themes, question.
    /// </summary>
    public async Task<FormErrors> AddCaseAsync(int meetingId, CaseInput input, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var meeting = await db.Set<CaseMeeting>().AsNoTracking().FirstAsync(m => m.Id == meetingId, ct);
        if (meeting.Cancelled)
        {
            errors.Add(nameof(input.Question), CancelledMessage);
            return errors;
        }
        var question = input.Question?.Trim();
        if (string.IsNullOrEmpty(question)) errors.Add(nameof(input.Question), "Vul de vraag in die u aan het overleg stelt.");
        else if (question.Length > 2000) errors.Add(nameof(input.Question), "De vraag is hoogstens 2000 tekens.");
        if (input.Themes is { Length: > 500 }) errors.Add(nameof(input.Themes), "De thema's zijn samen hoogstens 500 tekens.");
        int? consentId = null;
        int? week = null;
        var byName = input.Way == "naam";
        if (byName)
        {
            if (input.PathwayId is null) errors.Add(nameof(input.PathwayId), "Kies de cliënt die u op naam wilt bespreken.");
            else
            {
                consentId = await pathways.ActiveConsentAsync(input.PathwayId.Value, meeting.OrganiserOrganisationId, ct);
                if (consentId is null && !input.ConsentGiven)
                {
                    errors.Add(nameof(input.ConsentGiven), "Zij heeft nog geen toestemming gegeven voor bespreking op naam in dit overleg. Leg haar toestemming vast, of breng de casus anoniem in.");
                }
            }
        }
        else if (input.Way != "anoniem") errors.Add(nameof(input.Way), "Kies of u de casus op naam of anoniem inbrengt.");
        else if (!int.TryParse(input.PregnancyWeek?.Trim(), CultureInfo.InvariantCulture, out var w) || w is < 1 or > 44)
        {
            errors.Add(nameof(input.PregnancyWeek), "Vul de zwangerschapsweek in als getal van 1 tot en met 44.");
        }
        else week = w;
        if (errors.Any) return errors;

        if (byName && consentId is null)
        {
            var (recorded, consentErrors) = await pathways.RecordConsentAsync(input.PathwayId!.Value, meeting.OrganiserOrganisationId, input.ConsentByPartner,
                input.ConsentWritten, input.ConsentLanguage, userId, ct);
            if (consentErrors.Any) return consentErrors;
            consentId = recorded;
        }
        db.Add(new MeetingCase
        {
            MeetingId = meetingId,
            PathwayId = byName ? input.PathwayId : null,
            ConsentId = consentId,
            PregnancyWeek = week,
            ThemesEncrypted = protector.ProtectOptional(CaseFields.Themes, input.Themes),
            QuestionEncrypted = protector.Protect(CaseFields.Question, question!),
            AddedByUserId = userId,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>The discussion and decisions; a save from an older version than the database holds is refused (no lost update).</summary>
    public async Task<FormErrors> SaveDiscussionAsync(int meetingId, DiscussionInput input, CancellationToken ct)
    {
        var errors = new FormErrors();
        var found = await db.Set<MeetingCase>().FirstOrDefaultAsync(c => c.Id == input.CaseId && c.MeetingId == meetingId, ct);
        if (found is null)
        {
            errors.Add("Discussion", "Deze casus staat niet in dit overleg.");
            return errors;
        }
        if (await IsCancelledAsync(meetingId, ct)) errors.Add("Discussion", CancelledMessage);
        if (input.Discussion is { Length: > 6000 }) errors.Add("Discussion", "De samenvatting is hoogstens 6000 tekens.");
        if (input.Decisions is { Length: > 6000 }) errors.Add("Decisions", "De besluiten zijn samen hoogstens 6000 tekens.");
        if (errors.Any) return errors;
        db.ExpectVersion(found, input.Version);
        found.DiscussionEncrypted = protector.ProtectOptional(CaseFields.Discussion, input.Discussion);
        found.DecisionsEncrypted = protector.ProtectOptional(CaseFields.Decisions, input.Decisions);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Conflict = true;
            errors.Add("Discussion", await db.ConflictFromLogAsync(nameof(MeetingCase), found.Id.ToString(CultureInfo.InvariantCulture), ct));
        }
        return errors;
    }

    /// <summary>An action with an owner who takes part in the meeting and a due date; for a case by name it may name an offer to refer to.</summary>
    public async Task<FormErrors> AddActionAsync(int meetingId, ActionInput input, CancellationToken ct)
    {
        var errors = new FormErrors();
        var found = await db.Set<MeetingCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.CaseId && c.MeetingId == meetingId, ct);
        if (found is null) errors.Add(nameof(input.CaseId), "Kies de casus waar de actie bij hoort.");
        if (await IsCancelledAsync(meetingId, ct)) errors.Add(nameof(input.What), CancelledMessage);
        var what = input.What?.Trim();
        if (string.IsNullOrEmpty(what)) errors.Add(nameof(input.What), "Vul in wat er moet gebeuren.");
        else if (what.Length > 1000) errors.Add(nameof(input.What), "De actie is hoogstens 1000 tekens.");
        if (input.OwnerUserId is null || !await db.Set<MeetingParticipant>().AnyAsync(p => p.MeetingId == meetingId && p.UserId == input.OwnerUserId, ct))
        {
            errors.Add(nameof(input.OwnerUserId), "Kies wie de actie uitvoert: een deelnemer van het overleg.");
        }
        var due = Dates.Parse(input.DueDate, nameof(input.DueDate), "de datum waarop het klaar moet zijn", errors);
        if (input.OfferId is not null && found is { PathwayId: null }) errors.Add(nameof(input.OfferId), "Een anonieme casus kan niet worden verwezen.");
        if (errors.Any) return errors;
        db.Add(new CaseAction
        {
            CaseId = found!.Id,
            PathwayId = found.PathwayId,
            WhatEncrypted = protector.Protect(CaseFields.Action, what!),
            OwnerUserId = input.OwnerUserId!,
            DueDate = due!.Value,
            OfferId = input.OfferId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task<bool> DoneAsync(int meetingId, int actionId, CancellationToken ct)
    {
        var action = await ActionAsync(meetingId, actionId, ct);
        if (action is null || action.DoneAt is not null) return false;
        action.DoneAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Records the referral that came from the action: the pathway's first referral to the action's offer made since the
    /// action was agreed (in the referral flow of the pathway page, which needs its own referral consent). The action is then done.
    /// </summary>
    public async Task<bool> LinkReferralAsync(int meetingId, int actionId, CancellationToken ct)
    {
        var action = await ActionAsync(meetingId, actionId, ct);
        if (action is not { PathwayId: { } pathway, OfferId: { } offer, ReferralId: null }) return false;
        var referral = await pathways.ReferralSinceAsync(pathway, offer, action.CreatedAt, ct);
        if (referral is null) return false;
        action.ReferralId = referral;
        action.DoneAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public const string CancelledMessage = "Dit overleg is geannuleerd. Er kan niets meer worden ingebracht of gewijzigd.";

    public Task<bool> IsCancelledAsync(int meetingId, CancellationToken ct) =>
        db.Set<CaseMeeting>().AnyAsync(m => m.Id == meetingId && m.CancelledAt != null, ct);

    /// <summary>
    /// Who may change, cancel and invite: the organisers still taking part (the one who planned it counts as one).
    /// Asked with the participant rule, so anyone else is refused and logged like a stranger to the meeting.
    /// </summary>
    public async Task<ScopedResource> OrganiserResourceAsync(int meetingId, CancellationToken ct)
    {
        var organisers = await db.Set<MeetingParticipant>().AsNoTracking()
            .Where(p => p.MeetingId == meetingId && (p.IsOrganiser || db.Set<CaseMeeting>().Any(m => m.Id == meetingId && m.CreatedByUserId == p.UserId)))
            .Select(p => p.UserId).ToListAsync(ct);
        return new ScopedResource(ResourceType, meetingId.ToString(CultureInfo.InvariantCulture), []) { Participants = organisers };
    }

    private Task<CaseAction?> ActionAsync(int meetingId, int actionId, CancellationToken ct) =>
        db.Set<CaseAction>().Where(a => a.Id == actionId && db.Set<MeetingCase>().Any(c => c.Id == a.CaseId && c.MeetingId == meetingId)).FirstOrDefaultAsync(ct);
}
