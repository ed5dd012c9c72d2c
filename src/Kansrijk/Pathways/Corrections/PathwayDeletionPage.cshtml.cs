using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Deleting her data on her request: first a page that says what happens, then, confirmed, the same anonymisation the
/// retention period uses. Counts (municipality, dates, statuses) stay; nobody can open the pathway again.
/// </summary>
[Authorize]
public sealed class PathwayDeletionPageModel(Authorizer authorizer, PathwayService pathways, PathwayAnonymiser anonymiser, KansrijkDb db) : PageModel
{
    public int Id { get; private set; }
    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceOrNobodysAsync(id, ct), ct)) return Forbid();
        Id = id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, bool confirmed, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceOrNobodysAsync(id, ct), ct)) return Forbid();
        Id = id;
        if (!confirmed)
        {
            Errors.Add("confirmed", "Vink aan dat zij hierom heeft gevraagd en dat u weet wat er gebeurt.");
            return Page();
        }
        var pathway = await db.Set<Pathway>().SingleAsync(p => p.Id == id, ct);
        await anonymiser.AnonymiseAsync(pathway, ct);
        await db.SaveChangesAsync(ct);
        return Redirect("/trajecten?verwijderd=1");
    }
}
