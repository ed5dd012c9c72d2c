using System.Globalization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// What an organiser does with a planned meeting: change its name, date, time and place (versioned), cancel it, and
/// invite or take off participants. The pages ask the <see cref="Access.Authorization.Authorizer"/> first (plan
/// permission, and organiser of this meeting); this class keeps the meeting's rules: a cancelled meeting changes no
/// more, and a meeting keeps at least one organiser. Participants hear of it through <see cref="MeetingInvitations"/>.
/// </summary>
public sealed class MeetingChanges(KansrijkDb db, CaseMeetingService meetings, MeetingInvitations invitations, Organisations.OrganisationDirectory organisations,
    TimeProvider clock)
{
    public sealed class EditInput : MeetingFields
    {
        public int Version { get; set; }

        public static EditInput From(CaseMeeting meeting)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(meeting.StartsAt, CaseMeetingService.Amsterdam);
            return new()
            {
                Version = meeting.Version,
                Name = meeting.Name,
                Kind = meeting.Kind,
                Date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Time = local.ToString("HH:mm", CultureInfo.InvariantCulture),
                Place = meeting.Place,
                VideoLink = meeting.VideoLink,
            };
        }
    }

    public sealed class ParticipantsInput
    {
        public List<string> Add { get; set; } = [];
        /// <summary>The ones added may also change and cancel the meeting.</summary>
        public bool AsOrganisers { get; set; }
    }

    public sealed record Participant(string UserId, string Name, string Organisation, bool Organiser);

    /// <summary>The participants with their names and organisations, organisers first (no client data).</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(CaseMeeting meeting, CancellationToken ct)
    {
        var ids = meeting.Participants.Select(p => p.UserId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var names = await organisations.NamesAsync(meeting.Participants.Select(p => p.OrganisationId), ct);
        return [.. meeting.Participants
            .Select(p => new Participant(p.UserId, people.GetValueOrDefault(p.UserId, "?"), names.GetValueOrDefault(p.OrganisationId, "?"), p.IsOrganiser || p.UserId == meeting.CreatedByUserId))
            .OrderByDescending(p => p.Organiser).ThenBy(p => p.Organisation, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    public Task<CaseMeeting?> FindAsync(int meetingId, CancellationToken ct) =>
        db.Set<CaseMeeting>().AsNoTracking().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);

    /// <summary>Saves the new details; a save from an older version is refused. A new date, time or place is told to the other participants.</summary>
    public async Task<FormErrors> EditAsync(int meetingId, EditInput input, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var meeting = await db.Set<CaseMeeting>().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.Cancelled)
        {
            errors.Add(nameof(input.Name), CaseMeetingService.CancelledMessage);
            return errors;
        }
        var details = MeetingDetails.Check(input, errors);
        if (details is null) return errors;
        var moved = meeting.StartsAt != details.StartsAtUtc || meeting.Place != details.Place || meeting.VideoLink != details.VideoLink;
        db.ExpectVersion(meeting, input.Version);
        meeting.Name = details.Name;
        meeting.Kind = input.Kind;
        meeting.StartsAt = details.StartsAtUtc;
        meeting.Place = details.Place;
        meeting.VideoLink = details.VideoLink;
        if (moved) invitations.Moved(meeting, meeting.Participants.Where(p => p.UserId != userId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Conflict = true;
            errors.Add(nameof(input.Name), await db.ConflictFromLogAsync(nameof(CaseMeeting), meetingId.ToString(CultureInfo.InvariantCulture), ct));
        }
        return errors;
    }

    /// <summary>Cancels the meeting once (it stays, marked cancelled) and tells the other participants.</summary>
    public async Task<bool> CancelAsync(int meetingId, string userId, CancellationToken ct)
    {
        var meeting = await db.Set<CaseMeeting>().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.Cancelled) return false;
        meeting.CancelledAt = clock.GetUtcNow().UtcDateTime;
        meeting.CancelledByUserId = userId;
        invitations.Cancelled(meeting, meeting.Participants.Where(p => p.UserId != userId));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Invites professionals of organisations (each with the organisation she takes part for); each gets an invitation.</summary>
    public async Task<FormErrors> AddParticipantsAsync(int meetingId, ParticipantsInput input, CancellationToken ct)
    {
        var errors = new FormErrors();
        var meeting = await db.Set<CaseMeeting>().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.Cancelled)
        {
            errors.Add(nameof(input.Add), CaseMeetingService.CancelledMessage);
            return errors;
        }
        var choices = (await meetings.ParticipantChoicesAsync(ct)).ToDictionary(c => c.UserId);
        var chosen = input.Add.Distinct().Where(u => meeting.Participants.All(p => p.UserId != u)).ToList();
        if (input.Add.Count == 0) errors.Add(nameof(input.Add), "Kies wie u wilt uitnodigen.");
        else if (chosen.Any(u => !choices.ContainsKey(u))) errors.Add(nameof(input.Add), "Kies deelnemers uit de lijst.");
        if (errors.Any) return errors;
        var added = chosen.Select(u => new MeetingParticipant { MeetingId = meetingId, UserId = u, OrganisationId = choices[u].OrganisationId, IsOrganiser = input.AsOrganisers }).ToList();
        db.AddRange(added);
        invitations.Invited(meeting, added);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Takes a participant off: from then on she no longer sees the meeting or its cases. The last organiser stays.</summary>
    public async Task<FormErrors> RemoveParticipantAsync(int meetingId, string? participantUserId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var meeting = await db.Set<CaseMeeting>().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        var participant = meeting?.Participants.FirstOrDefault(p => p.UserId == participantUserId);
        if (meeting is null || participant is null)
        {
            errors.Add("Remove", "Kies een deelnemer van dit overleg.");
            return errors;
        }
        if (meeting.Cancelled)
        {
            errors.Add("Remove", CaseMeetingService.CancelledMessage);
            return errors;
        }
        bool Organiser(MeetingParticipant p) => p.IsOrganiser || p.UserId == meeting.CreatedByUserId;
        if (Organiser(participant) && !meeting.Participants.Any(p => p != participant && Organiser(p)))
        {
            errors.Add("Remove", "U kunt de laatste organisator niet weghalen. Nodig eerst iemand uit als organisator.");
            return errors;
        }
        db.Remove(participant);
        await db.SaveChangesAsync(ct);
        return errors;
    }
}
