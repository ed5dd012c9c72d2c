using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>An organiser changes the name, kind, date, time and place of a meeting; a new date or place is told to the participants.</summary>
[Authorize]
public sealed class MeetingEditModel(Authorizer authorizer, CaseMeetingService meetings, MeetingChanges changes, UserManager<Access.User> users) : PageModel
{
    [BindProperty] public MeetingChanges.EditInput Form { get; set; } = new();
    public FormErrors Errors { get; private set; } = new();
    public CaseMeeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsOrganiserAsync(meetings, id, ct)) return Forbid();
        if (await changes.FindAsync(id, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        Form = MeetingChanges.EditInput.From(meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsOrganiserAsync(meetings, id, ct)) return Forbid();
        Errors = (await changes.EditAsync(id, Form, users.GetUserId(User)!, ct)).With("Form.");
        if (!Errors.Any) return Redirect($"/overleggen/{id}?gewijzigd=1");
        if (await changes.FindAsync(id, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        return Page();
    }
}
