using System.Globalization;
using Kansrijk.Access.AccessLog;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// Reads a meeting for its participants, decrypted, and writes every case read to the access log (under the woman's key
/// for a case by name) before the page is shown. Her name and week show only while her case-meeting consent stands.
/// </summary>
public sealed class CaseMeetingReader(KansrijkDb db, ClientDataProtector protector, PathwayCaseLinks pathways, AccessLogWriter log,
    Organisations.OrganisationDirectory organisations, CarePaths.OfferDirectory offers)
{
    public sealed record Participant(string UserId, string Name, string Organisation);

    public sealed record ActionView(int Id, string What, string OwnerUserId, string Owner, DateOnly Due, DateTime? DoneAt, int? OfferId, string? Offer, int? ReferralId);

    /// <param name="PathwayId">Only while her consent stands: the link to her pathway.</param>
    /// <param name="Name">Only while her consent stands.</param>
    public sealed record CaseView(int Id, int Number, int Version, bool ByName, bool ConsentWithdrawn, int? PathwayId, string? Name, bool Fictional, int? Week,
        string? Themes, string Question, string? Discussion, string? Decisions, IReadOnlyList<ActionView> Actions,
        IReadOnlyList<(int Id, string Name)> Offers)
    {
        public string Title => Name is { } name ? $"Casus {Number}: {name}" : $"Casus {Number} (anoniem)";
    }

    public sealed record MeetingView(CaseMeeting Meeting, string Organiser, IReadOnlyList<Participant> Participants, IReadOnlyList<CaseView> Cases)
    {
        public DateTime LocalStart => TimeZoneInfo.ConvertTimeFromUtc(Meeting.StartsAt, CaseMeetingService.Amsterdam);
    }

    public sealed record ListRow(int Id, string Name, MeetingKind Kind, DateTime LocalStart, string Organiser, int Cases, bool Fictional, bool Cancelled = false);

    /// <summary>The meetings she takes part in (no client data: names, dates and the number of cases).</summary>
    public async Task<IReadOnlyList<ListRow>> MineAsync(string userId, CancellationToken ct)
    {
        var rows = await db.Set<CaseMeeting>().AsNoTracking().Where(m => m.Participants.Any(p => p.UserId == userId))
            .OrderByDescending(m => m.StartsAt).Take(200)
            .Select(m => new { m.Id, m.Name, m.Kind, m.StartsAt, m.OrganiserOrganisationId, Cases = m.Cases.Count, m.IsFictional, m.CancelledAt }).ToListAsync(ct);
        var names = await organisations.NamesAsync(rows.Select(r => r.OrganiserOrganisationId), ct);
        return [.. rows.Select(r => new ListRow(r.Id, r.Name, r.Kind, TimeZoneInfo.ConvertTimeFromUtc(r.StartsAt, CaseMeetingService.Amsterdam),
            names.GetValueOrDefault(r.OrganiserOrganisationId, "?"), r.Cases, r.IsFictional, r.CancelledAt != null))];
    }

    /// <param name="purpose">What the read is for, in the log ("Overleg bekeken", "Verslag gemaakt").</param>
    /// <param name="only">One case only (its page): the others are neither decrypted nor logged.</param>
    public async Task<MeetingView?> ViewAsync(int meetingId, string purpose, CancellationToken ct, int? only = null)
    {
        var meeting = await db.Set<CaseMeeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Cases).ThenInclude(c => c.Actions)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;
        var userIds = meeting.Participants.Select(p => p.UserId).Concat(meeting.Cases.SelectMany(c => c.Actions).Select(a => a.OwnerUserId)).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var organisationNames = await organisations.NamesAsync(meeting.Participants.Select(p => p.OrganisationId).Append(meeting.OrganiserOrganisationId), ct);
        var active = await pathways.ActiveAsync(meeting.Cases.Where(c => c.ConsentId != null).Select(c => c.ConsentId!.Value), ct);
        var shown = meeting.Cases.Where(c => only is null || c.Id == only).Where(c => c.ConsentId is { } consent && active.Contains(consent)).Select(c => c.PathwayId!.Value).ToList();
        var identities = await pathways.IdentitiesAsync(shown, ct);
        var offerIds = meeting.Cases.SelectMany(c => c.Actions).Where(a => a.OfferId != null).Select(a => a.OfferId!.Value);
        var offerNames = (await offers.FindAsync(offerIds, ct)).ToDictionary(o => o.Key, o => o.Value.Name);
        var published = new Dictionary<string, IReadOnlyList<(int, string)>>();
        foreach (var municipality in identities.Values.Select(i => i.MunicipalityCode).Distinct())
        {
            published[municipality] = [.. (await offers.PublishedForAsync(municipality, ct)).Select(o => (o.Id, $"{o.Name} ({o.OrganisationName})"))];
        }

        var cases = new List<CaseView>();
        var number = 0;
        foreach (var c in meeting.Cases.OrderBy(c => c.Id))
        {
            number++;
            if (only is not null && c.Id != only) continue;
            var identity = c.PathwayId is { } p && identities.TryGetValue(p, out var found) ? found : null;
            var actions = c.Actions.OrderBy(a => a.DueDate).ThenBy(a => a.Id).Select(a => new ActionView(a.Id, protector.Unprotect(CaseFields.Action, a.WhatEncrypted),
                a.OwnerUserId, people.GetValueOrDefault(a.OwnerUserId, "?"), a.DueDate, a.DoneAt, a.OfferId,
                a.OfferId is { } o ? offerNames.GetValueOrDefault(o) : null, a.ReferralId)).ToList();
            cases.Add(new CaseView(c.Id, number, c.Version, c.ByName, c.ByName && identity is null, identity?.Id, identity?.Name, identity?.Fictional ?? false,
                identity?.PregnancyWeek ?? c.PregnancyWeek, protector.UnprotectOptional(CaseFields.Themes, c.ThemesEncrypted),
                protector.Unprotect(CaseFields.Question, c.QuestionEncrypted), protector.UnprotectOptional(CaseFields.Discussion, c.DiscussionEncrypted),
                protector.UnprotectOptional(CaseFields.Decisions, c.DecisionsEncrypted), actions,
                identity is null ? [] : published.GetValueOrDefault(identity.MunicipalityCode, [])));
            // Under her key when she is known by name (also after a withdrawal: her case was read), else without one.
            log.Add(db, new AccessEvent(AccessAction.Read, "Overlegcasus", c.Id.ToString(CultureInfo.InvariantCulture),
                ClientId: c.PathwayId?.ToString(CultureInfo.InvariantCulture), Details: $"{purpose}: overleg {meeting.Id}"));
        }
        if (cases.Count > 0) await db.SaveChangesAsync(ct);
        var participants = meeting.Participants.Select(p => new Participant(p.UserId, people.GetValueOrDefault(p.UserId, "?"), organisationNames.GetValueOrDefault(p.OrganisationId, "?")))
            .OrderBy(p => p.Organisation, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        return new MeetingView(meeting, organisationNames.GetValueOrDefault(meeting.OrganiserOrganisationId, "?"), participants, cases);
    }
}

public static class MeetingKinds
{
    public static string Dutch(MeetingKind kind) => kind switch
    {
        MeetingKind.Mdo => "Multidisciplinair overleg (MDO)",
        MeetingKind.Network => "Netwerkoverleg",
        MeetingKind.WorkingGroup => "Werkgroep",
        _ => kind.ToString(),
    };
}
