using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>An organiser cancels a meeting after confirming it; it stays visible as "geannuleerd" and the participants get a notice.</summary>
[Authorize]
public sealed class MeetingCancelModel(Authorizer authorizer, CaseMeetingService meetings, MeetingChanges changes, UserManager<Access.User> users) : PageModel
{
    [BindProperty] public bool Confirmed { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public CaseMeeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsOrganiserAsync(meetings, id, ct)) return Forbid();
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsOrganiserAsync(meetings, id, ct)) return Forbid();
        if (!Confirmed)
        {
            Errors.Add("Confirmed", "Vink aan dat u het overleg wilt annuleren, of ga terug naar het overleg.");
            return await ShowAsync(id, ct);
        }
        await changes.CancelAsync(id, users.GetUserId(User)!, ct);
        return Redirect($"/overleggen/{id}?geannuleerd=1");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        return Page();
    }
}
