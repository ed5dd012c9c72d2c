using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>
/// Asks before an offer is removed (the same right as changing it, aanbod.bewerken on all its municipalities) and says what
/// will happen. An offer that care-path agreements choose is not removed: the page names those paths instead of a button.
/// </summary>
[Authorize]
public sealed class OfferRemoveModel(KansrijkDb db, CarePathEditor editor, Authorizer authorizer) : PageModel
{
    [BindProperty] public int? Version { get; set; }

    public Offer Offer { get; private set; } = null!;
    public string Organisation { get; private set; } = "";
    public IReadOnlyList<(int PathId, string Name)> ChosenBy { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Version = Offer.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        // only the form on this page sends the version; anything else is asked first
        if (Version is not { } seen) return Redirect($"/zorgpaden/beheer/aanbod/{id}/verwijderen");
        Errors = await editor.RemoveOfferAsync(Offer, seen, User.Identity!.Name!, ct);
        if (Errors.Any)
        {
            Version = await db.Offers.Where(o => o.Id == id).Select(o => (int?)o.Version).FirstOrDefaultAsync(ct) ?? seen;
            return Page();
        }
        TempData["Melding"] = $"Het aanbod {Offer.Name} is verwijderd. De geschiedenis bewaart dat het er was.";
        return Redirect("/zorgpaden/beheer");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct)) return Forbid();
        var offer = await db.Offers.AsNoTracking().Include(o => o.Municipalities).Include(o => o.Organisation).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.OfferEdit, CarePathResources.Offer(offer), ct)) return Forbid();
        Offer = offer;
        Organisation = offer.Organisation?.Name ?? "";
        ChosenBy = await editor.PathsChoosingAsync(id, ct);
        return null;
    }
}
