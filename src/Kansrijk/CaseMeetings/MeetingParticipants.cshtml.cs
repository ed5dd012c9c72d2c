using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// An organiser invites professionals of organisations to a meeting (each gets an invitation notice) or takes one off
/// (she no longer sees the meeting or its cases). The last organiser cannot be taken off.
/// </summary>
[Authorize]
public sealed class MeetingParticipantsModel(Authorizer authorizer, CaseMeetingService meetings, MeetingChanges changes, UserManager<Access.User> users) : PageModel
{
    [BindProperty] public MeetingChanges.ParticipantsInput Form { get; set; } = new();
    public FormErrors Errors { get; private set; } = new();
    public CaseMeeting Meeting { get; private set; } = null!;
    public IReadOnlyList<MeetingChanges.Participant> Participants { get; private set; } = [];
    public IReadOnlyList<IGrouping<string, CaseMeetingService.Choice>> Choices { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsOrganiserAsync(meetings, id, ct)) return Forbid();
        Message = Request.Query.ContainsKey("uitgenodigd") ? "De uitnodiging is verstuurd." : Request.Query.ContainsKey("weggehaald") ? "De deelnemer is weggehaald." : null;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsOrganiserAsync(meetings, id, ct)) return Forbid();
        Errors = (await changes.AddParticipantsAsync(id, Form, ct)).With("Form.");
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/overleggen/{id}/deelnemers?uitgenodigd=1");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, string? userId, CancellationToken ct)
    {
        if (!await authorizer.AllowsOrganiserAsync(meetings, id, ct)) return Forbid();
        Errors = await changes.RemoveParticipantAsync(id, userId, ct);
        if (Errors.Any) return await ShowAsync(id, ct);
        // Who takes herself off no longer sees the meeting.
        return userId == users.GetUserId(User) ? Redirect("/overleggen") : Redirect($"/overleggen/{id}/deelnemers?weggehaald=1");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        Participants = await changes.ParticipantsAsync(meeting, ct);
        var taking = meeting.Participants.Select(p => p.UserId).ToHashSet();
        Choices = [.. (await meetings.ParticipantChoicesAsync(ct)).Where(c => !taking.Contains(c.UserId)).GroupBy(c => c.Organisation)];
        return Page();
    }
}
