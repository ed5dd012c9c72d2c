using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>The case meetings she takes part in; names and dates only, so nothing is decrypted here.</summary>
[Authorize]
public sealed class MeetingListModel(Authorizer authorizer, CaseMeetingReader reader, UserManager<Access.User> users) : PageModel
{
    public IReadOnlyList<CaseMeetingReader.ListRow> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CaseMeetingPlan, ct: ct)) return Forbid();
        Meetings = await reader.MineAsync(users.GetUserId(User)!, ct);
        return Page();
    }
}
