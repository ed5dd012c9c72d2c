using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>The inbox of the professional's organisations: referrals received, urgent first; quiet for 14 days is flagged.</summary>
[Authorize]
public sealed class InboxModel(Authorizer authorizer, PathwayReader reader) : PageModel
{
    public IReadOnlyList<PathwayReader.InboxRow> Referrals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.PathwayOpen, ct: ct)) return Forbid();
        Referrals = await reader.InboxAsync((await authorizer.ScopeAsync(ct)).Organisations, ct);
        return Page();
    }
}
