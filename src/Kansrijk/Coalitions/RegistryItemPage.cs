using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>
/// What the pages that change, end or remove one item of a coalition's registry (an activity, a budget line, a partner) share:
/// the same right as adding one (coalitie.bewerken on the coalition's municipalities), the version the form showed, and
/// after a refused save the input kept with the version of now, so a second save after checking succeeds.
/// </summary>
[Authorize]
public abstract class RegistryItemPage(KansrijkDb db, Authorizer authorizer) : PageModel
{
    [BindProperty] public int Version { get; set; }

    public Coalition Coalition { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    public bool AskRemove { get; protected set; }

    protected KansrijkDb Db => db;

    /// <summary>Loads the item if this coalition has it; false otherwise.</summary>
    protected abstract Task<bool> LoadItemAsync(int coalitionId, int itemId, CancellationToken ct);

    protected abstract Task<int?> VersionNowAsync(int itemId, CancellationToken ct);

    protected async Task<IActionResult?> LoadAsync(int id, int itemId, CancellationToken ct)
    {
        var coalition = await db.Coalitions.AsNoTracking().Include(c => c.Municipalities).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (coalition is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.CoalitionEdit, CoalitionResources.Of(coalition), ct)) return Forbid();
        Coalition = coalition;
        return await LoadItemAsync(id, itemId, ct) ? null : NotFound();
    }

    protected async Task<IActionResult> ActAsync(int id, int itemId, Func<Task<FormErrors>> action, string message, CancellationToken ct)
    {
        if (await LoadAsync(id, itemId, ct) is { } denied) return denied;
        Errors = await action();
        if (Errors.Any)
        {
            Version = await VersionNowAsync(itemId, ct) ?? Version;
            AskRemove = Errors["Remove"] is not null;
            return Page();
        }
        TempData["Melding"] = message;
        return Redirect($"/coalities/{id}");
    }
}
