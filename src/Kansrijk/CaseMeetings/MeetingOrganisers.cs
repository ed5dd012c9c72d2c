using Kansrijk.Access.Authorization;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// Changing, cancelling and inviting: a professional who may plan meetings (<c>overleg.plannen</c>) and is an organiser
/// of this one (the participant rule, asked for its organisers). Anyone else is refused, and the refusal is logged.
/// </summary>
public static class MeetingOrganisers
{
    public static async Task<bool> AllowsOrganiserAsync(this Authorizer authorizer, CaseMeetingService meetings, int meetingId, CancellationToken ct) =>
        await authorizer.AllowsAsync(Permissions.CaseMeetingPlan, ct: ct)
        && await authorizer.AllowsAsync(Permissions.CaseMeetingAttend, await meetings.OrganiserResourceAsync(meetingId, ct), ct);

    /// <summary>Without logging: whether to show the links to change the meeting.</summary>
    public static async Task<bool> MayOrganiseAsync(this Authorizer authorizer, CaseMeetingService meetings, int meetingId, CancellationToken ct) =>
        await authorizer.MayAsync(Permissions.CaseMeetingPlan)
        && await authorizer.MayAsync(Permissions.CaseMeetingAttend, await meetings.OrganiserResourceAsync(meetingId, ct));
}
