using Kansrijk.Pathways.Notices;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// Tells participants in "Mijn taken" (and by e-mail when mail is on, through the notice mail job) that they are invited,
/// that the meeting moved or that it is cancelled. Each notice is for one professional and names only the meeting's
/// title and date with a link: never a case, a question or a client. Added to the pending changes, saved with the change.
/// </summary>
public sealed class MeetingInvitations(NoticeService notices)
{
    /// <summary>Long meeting names are cut so the notice stays within its length.</summary>
    private const int NameLength = 150;

    public void Invited(CaseMeeting meeting, IEnumerable<MeetingParticipant> invited)
    {
        foreach (var p in invited) notices.AddForUser(p.UserId, p.OrganisationId, InvitedText(meeting), Url(meeting));
    }

    public void Moved(CaseMeeting meeting, IEnumerable<MeetingParticipant> participants)
    {
        foreach (var p in participants) notices.AddForUser(p.UserId, p.OrganisationId, MovedText(meeting), Url(meeting));
    }

    public void Cancelled(CaseMeeting meeting, IEnumerable<MeetingParticipant> participants)
    {
        foreach (var p in participants) notices.AddForUser(p.UserId, p.OrganisationId, CancelledText(meeting), Url(meeting));
    }

    public static string InvitedText(CaseMeeting meeting) => $"U bent uitgenodigd voor het overleg {Name(meeting)} op {MeetingDetails.When(meeting.StartsAt)}.";

    public static string MovedText(CaseMeeting meeting) => $"Het overleg {Name(meeting)} is gewijzigd. Het is nu op {MeetingDetails.When(meeting.StartsAt)}. Kijk in Kansrijk waar het is.";

    public static string CancelledText(CaseMeeting meeting) => $"Het overleg {Name(meeting)} van {MeetingDetails.When(meeting.StartsAt)} is geannuleerd.";

    public static string Url(CaseMeeting meeting) => $"/overleggen/{meeting.Id}";

    private static string Name(CaseMeeting meeting) =>
        "'" + (meeting.Name.Length <= NameLength ? meeting.Name : meeting.Name[..(NameLength - 1)] + "…") + "'";
}
