using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>The editor's overview: paths and offers in scope, and offers not checked for 12 months.</summary>
[Authorize]
public sealed class CarePathAdminModel(KansrijkDb db, TimeProvider clock, CarePathEditor editor, Authorizer authorizer) : PageModel
{
    public IReadOnlyList<PathSummary> Paths { get; private set; } = [];
    public IReadOnlyList<Offer> Offers { get; private set; } = [];
    public IReadOnlyList<Offer> Overdue { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Message = TempData["Melding"] as string;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostCheckedAsync([FromForm] int offerId, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct)) return Forbid();
        var offer = await db.Offers.AsNoTracking().Include(o => o.Municipalities).FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.OfferEdit, CarePathResources.Offer(offer), ct)) return Forbid();
        await editor.MarkCheckedAsync(offer, User.Identity!.Name!, ct);
        Message = $"{offer.Name} is gemarkeerd als gecontroleerd.";
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct)) return Forbid();
        var scope = await authorizer.ScopeAsync(ct);
        var queries = new CarePathAdminQueries(db, clock);
        Paths = await queries.PathsAsync(scope, ct);
        Offers = await queries.OffersAsync(scope, overdueOnly: false, ct);
        Overdue = [.. Offers.Where(o => o.LastCheckedOn < queries.OverdueBefore)];
        return null;
    }
}
