using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>Her organisation's involvement with one pathway: renew it, or end it (then it has no access any more).</summary>
[Authorize]
public sealed class InvolvementPageModel(Authorizer authorizer, PathwayService pathways, InvolvementService involvements, Platform.Database.KansrijkDb db,
    UserManager<Access.User> users) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await AllowedAsync(id, Permissions.ClientRead, ct) ? Redirect($"/trajecten/{id}#betrokkenheid") : Forbid();

    public async Task<IActionResult> OnPostRenewAsync(int id, CancellationToken ct)
    {
        if (!await AllowedAsync(id, Permissions.ClientWrite, ct)) return Forbid();
        await involvements.TouchAsync(id, (await authorizer.ScopeAsync(ct)).Organisations, ct);
        await db.SaveChangesAsync(ct);
        return Redirect($"/trajecten/{id}?verlengd=1#betrokkenheid");
    }

    public async Task<IActionResult> OnPostEndAsync(int id, bool confirmed, CancellationToken ct)
    {
        if (!await AllowedAsync(id, Permissions.ClientWrite, ct)) return Forbid();
        if (!confirmed) return Redirect($"/trajecten/{id}?bevestigen=1#betrokkenheid");
        await involvements.EndAsync(id, (await authorizer.ScopeAsync(ct)).Organisations, users.GetUserId(User)!, ct);
        return Redirect("/trajecten?beeindigd=1");
    }

    private async Task<bool> AllowedAsync(int id, Permission permission, CancellationToken ct) =>
        await authorizer.AllowsAsync(permission, await pathways.ResourceOrNobodysAsync(id, ct), ct);
}
